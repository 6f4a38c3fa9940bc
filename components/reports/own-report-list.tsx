import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listOwnReports } from "@/lib/reports/queries";
import { REPORT_STATUSES } from "@/lib/reports/queries";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { StatusBadge } from "./status-badge";

type Listing = Awaited<ReturnType<typeof listOwnReports>>;

const href = (status: ReportStatus | undefined, page = 1) => {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/reports?${query}` : "/reports";
};

/** My reports: a status filter, the page of reports, and paging links. */
export async function OwnReportList({ listing, status }: { listing: Listing; status?: ReportStatus }) {
  const [t, tc, format] = await Promise.all([getTranslations("reports.list"), getTranslations("common"), getFormatter()]);
  const chip = "inline-flex min-h-9 items-center rounded-full px-3 text-sm font-medium ring-1";
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("filter")}>
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {[undefined, ...REPORT_STATUSES].map((option) => (
            <li key={option ?? "all"} className="shrink-0">
              <Link
                href={href(option)}
                aria-current={option === status ? "page" : undefined}
                className={`${chip} ${option === status ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-800 ring-slate-300"}`}
              >
                {option ? tc(`status.${option}`) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-slate-600" aria-live="polite">{t("total", { count: listing.total })}</p>
      {listing.reports.length === 0 ? (
        <p className="rounded-lg bg-white px-4 py-6 text-center ring-1 ring-slate-200">{status ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200" data-testid="own-reports">
          {listing.reports.map((report) => (
            <li key={report.id} className="relative flex flex-col gap-1 px-4 py-3 hover:bg-slate-50">
              {/* The whole card opens the report (a large target on a phone), through the link's
                  overlay; the link itself holds the number, status, category and place, so its name
                  is short and is the text it shows. The narrative (up to 2,000 characters) and the
                  date describe it. */}
              <Link
                href={`/reports/${encodeURIComponent(report.number)}`}
                aria-describedby={`${report.id}-narrative ${report.id}-date`}
                className="flex flex-col gap-1 after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-brand-700"
              >
                <span className="flex flex-wrap items-center justify-between gap-2">
                  <span className="whitespace-nowrap font-mono text-sm font-semibold text-brand-800">{report.number}</span>
                  <StatusBadge status={report.status} />
                </span>
                <span className="text-sm font-medium">{tc(`category.${report.category}`)} · {report.location.name}</span>
              </Link>
              <span id={`${report.id}-narrative`} className="line-clamp-2 text-sm text-slate-700">{report.narrative}</span>
              <span id={`${report.id}-date`} className="text-xs text-slate-600">
                {t("occurred", { date: format.dateTime(report.occurredAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {listing.pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 text-sm">
          {listing.page > 1 ? <Link href={href(status, listing.page - 1)} className="font-medium text-brand-700 underline underline-offset-4">{t("previous")}</Link> : <span />}
          <span>{t("pageOf", { page: listing.page, pages: listing.pages })}</span>
          {listing.page < listing.pages ? <Link href={href(status, listing.page + 1)} className="font-medium text-brand-700 underline underline-offset-4">{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
