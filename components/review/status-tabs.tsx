import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { OPEN_STATUSES, queueHref, type QueueFilters } from "@/lib/review/queue-filters";

const TABS: (ReportStatus | null)[] = [null, "SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPEALED", "JUSTIFIED", "NOT_JUSTIFIED"];

/**
 * Status tabs with their counts; the other filters carry over. `counts` is
 * null when the filters are ones the counts cannot follow: the tabs then show
 * no numbers rather than numbers the list below contradicts.
 */
export async function StatusTabs({ filters, counts }: { filters: QueueFilters; counts: Partial<Record<ReportStatus, number>> | null }) {
  const t = await getTranslations("review.queue");
  const common = await getTranslations("common");
  const waiting = counts ? OPEN_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0) : 0;
  return (
    <nav aria-label={t("tabsLabel")} className="mt-4 overflow-x-auto">
      {/* One scrolling row on a phone; on wider screens the tabs wrap rather than hide the last ones. */}
      <ul className="flex gap-2 text-sm sm:flex-wrap">
        {TABS.map((status) => {
          const current = (filters.status ?? null) === status;
          const count = counts ? (status ? (counts[status] ?? 0) : waiting) : null;
          return (
            <li key={status ?? "open"}>
              <Link
                href={queueHref({ ...filters, status: status ?? undefined, cursor: undefined })}
                aria-current={current ? "page" : undefined}
                className={`flex items-center gap-2 whitespace-nowrap rounded-full px-3 py-1.5 font-medium ring-1 ${
                  current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50"
                }`}
              >
                {status ? common(`status.${status}`) : t("waiting")}
                {count === null ? null : (
                  <span data-testid={`count-${status ?? "open"}`} className={`rounded-full px-1.5 text-xs ${current ? "bg-white/20" : "bg-slate-100"}`}>
                    {count}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
