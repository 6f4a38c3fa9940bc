import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NoReviewScope } from "@/components/review/no-review-scope";
import { OverdueBadge, OverdueLegend } from "@/components/review/overdue";
import { requireUser } from "@/lib/auth/guard";
import { pageTitle } from "@/lib/i18n/metadata";
import { reviewsNoLocation } from "@/lib/reports/access";
import { listOpenAppeals } from "@/lib/review/detail";

export const generateMetadata = pageTitle("review.appeals");

export default async function AppealsPage() {
  const user = await requireUser("appeals.resolve");
  const [{ appeals, deadlineHours }, t, format] = await Promise.all([listOpenAppeals(user), getTranslations("review.appeals"), getFormatter()]);
  const cell = "px-3 py-2 align-top";
  return (
    <section aria-labelledby="appeals-title">
      <h1 id="appeals-title" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      {reviewsNoLocation(user) ? (
        <NoReviewScope />
      ) : appeals.length === 0 ? (
        <p className="mt-4 rounded-lg bg-white p-6 text-slate-700 ring-1 ring-slate-200">{t("empty")}</p>
      ) : (
        // Scrolls sideways on a phone; its links take the keyboard there (as the queue's table).
        <div className="mt-4 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table aria-labelledby="appeals-title" className="w-full min-w-[44rem] text-left text-sm" data-testid="appeals">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {(["number", "appealedAt", "location", "reporter", "decider", "note"] as const).map((column) => (
                  <th key={column} scope="col" className={cell}>{t(column)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {appeals.map((appeal) => {
                // Who may not resolve it sees why: their own decision, or their own report.
                const note = appeal.decision.reviewerId === user.id ? t("ownDecision") : appeal.report.reporterId === user.id ? t("ownReport") : null;
                return (
                  <tr key={appeal.id}>
                    <td className={cell}>
                      <Link href={`/review/${appeal.report.number}`} className="whitespace-nowrap font-mono font-medium text-brand-700 underline underline-offset-4">
                        {appeal.report.number}
                      </Link>
                    </td>
                    <td className={cell}>
                      <span className="whitespace-nowrap">{format.dateTime(appeal.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
                      {appeal.overdue ? <OverdueBadge className="ml-1" /> : null}
                    </td>
                    <td className={cell}>{appeal.report.location.name}</td>
                    <td className={cell}>{appeal.report.reporter.name}</td>
                    <td className={cell}>{appeal.decision.reviewer.name}</td>
                    <td className={`${cell} text-slate-700`}>{note}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <OverdueLegend shown={appeals.some((appeal) => appeal.overdue)} deadlineHours={deadlineHours} />
    </section>
  );
}
