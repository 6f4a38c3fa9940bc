import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { reviewContext } from "@/lib/review/context";

type Context = Awaited<ReturnType<typeof reviewContext>>;

/** Patterns around the report: the employee's last 12 months, and the same location that week. */
export async function ContextPanel({ context, employeeName }: { context: Context; employeeName: string }) {
  const [t, common, format] = await Promise.all([getTranslations("review.context"), getTranslations("common"), getFormatter()]);
  const categories = Object.entries(context.byCategory) as [string, number][];
  const outcomes = Object.entries(context.byOutcome) as [string, number][];
  return (
    <aside aria-labelledby="context-title" className="flex flex-col gap-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200" data-testid="context-panel">
      <h2 id="context-title" className="text-lg font-semibold">{t("title")}</h2>
      <section aria-labelledby="history-title">
        <h3 id="history-title" className="font-medium">{t("employeeHistory", { name: employeeName })}</h3>
        {context.total === 0 ? (
          <p className="text-sm text-slate-600">{t("noHistory")}</p>
        ) : (
          <div className="mt-1 grid gap-3 text-sm sm:grid-cols-2">
            <dl data-testid="history-by-category">
              {categories.map(([category, count]) => (
                <div key={category} className="flex justify-between gap-2">
                  <dt>{common(`category.${category}` as never)}</dt>
                  <dd className="font-semibold">{count}</dd>
                </div>
              ))}
            </dl>
            <dl data-testid="history-by-outcome">
              {outcomes.map(([outcome, count]) => (
                <div key={outcome} className="flex justify-between gap-2">
                  <dt>{t(`outcome.${outcome}` as never)}</dt>
                  <dd className="font-semibold">{count}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </section>
      <section aria-labelledby="week-title">
        <h3 id="week-title" className="font-medium">
          {t("sameWeek", {
            from: format.dateTime(context.week.start, { dateStyle: "medium" }),
            to: format.dateTime(new Date(context.week.end.getTime() - 1), { dateStyle: "medium" }),
          })}
        </h3>
        {context.sameWeek.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSameWeek")}</p>
        ) : (
          <ul className="mt-1 flex flex-col gap-1 text-sm" data-testid="same-week">
            {context.sameWeek.map((report) => (
              <li key={report.id} className="flex flex-wrap gap-x-2">
                <Link href={`/review/${report.number}`} className="whitespace-nowrap font-mono text-brand-700 underline underline-offset-4">{report.number}</Link>
                <span>{common(`category.${report.category}`)}</span>
                <span className="text-slate-600">{report.reporter.name}</span>
                <span className="text-slate-600">{common(`status.${report.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
