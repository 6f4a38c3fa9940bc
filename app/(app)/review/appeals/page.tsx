import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { OverdueBadge, OverdueLegend } from "@/components/review/overdue";
import { requireUser } from "@/lib/auth/guard";
import { listOpenAppeals } from "@/lib/review/detail";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("review.appeals");

export default async function AppealsPage() {
  const user = await requireUser("appeals.resolve");
  const [{ appeals, deadlineHours }, t, format] = await Promise.all([listOpenAppeals(user), getTranslations("review.appeals"), getFormatter()]);
  return (
    <section aria-labelledby="appeals-title">
      <h1 id="appeals-title" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {appeals.length === 0 ? (
        <p className="mt-4 rounded-lg bg-white p-6 text-slate-700 ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200" data-testid="appeals">
          {appeals.map((appeal) => {
            const mine = appeal.decision.reviewerId === user.id || appeal.report.reporterId === user.id;
            return (
              <li key={appeal.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
                <Link href={`/review/${appeal.report.number}`} className="font-mono font-medium text-brand-700 underline underline-offset-4">
                  {appeal.report.number}
                </Link>
                <span>{appeal.report.location.name}</span>
                <span>{appeal.report.reporter.name}</span>
                <span className="text-slate-600">{t("decidedBy", { name: appeal.decision.reviewer.name })}</span>
                <span className="text-slate-600">
                  {format.dateTime(appeal.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {appeal.overdue ? <OverdueBadge className="ml-1" /> : null}
                </span>
                {mine ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{t("notYours")}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      <OverdueLegend shown={appeals.some((appeal) => appeal.overdue)} deadlineHours={deadlineHours} />
    </section>
  );
}
