import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReviewDetail } from "@/lib/review/detail";
import { languageOf } from "@/lib/i18n/locales";

/** Every decision on the report, oldest first: reopened and appealed ones stay. */
export async function DecisionHistory({ decisions, appeal }: Pick<ReviewDetail, "decisions" | "appeal">) {
  const [t, format, locale] = await Promise.all([getTranslations("review.history"), getFormatter(), getLocale()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  if (decisions.length === 0 && !appeal) return null;
  return (
    <section aria-labelledby="decisions-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="decisions-title" className="text-lg font-semibold">{t("title")}</h2>
      <ol className="mt-3 flex flex-col gap-3" data-testid="decision-history">
        {decisions.map((decision) => (
          <li key={decision.id} className="rounded-md p-3 ring-1 ring-slate-200">
            <p className="flex flex-wrap items-center gap-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${decision.outcome === "JUSTIFIED" ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}>
                {t(`outcome.${decision.outcome}`)}
              </span>
              <span className="text-sm font-medium">{t(`kind.${decision.kind}`)}</span>
              <span className="text-sm text-slate-600">{t("by", { name: decision.reviewer.name, date: when(decision.createdAt) })}</span>
            </p>
            <p className="mt-1 text-sm font-medium">{languageOf(locale) === "en" ? decision.reasonCode.labelEn : decision.reasonCode.labelPl}</p>
            <p className="mt-1 whitespace-pre-line wrap-anywhere">{decision.rationale}</p>
            <p className="mt-1 text-sm text-slate-700">
              {t("actions")}: {decision.followUpActions.map((action) => t(`actionNames.${action}`)).join(", ")}
            </p>
            {decision.followUpNote ? <p className="mt-1 whitespace-pre-line wrap-anywhere text-sm text-slate-700">{t("note")}: {decision.followUpNote}</p> : null}
          </li>
        ))}
      </ol>
      {appeal ? (
        <div className="mt-3 rounded-md bg-amber-50 p-3 ring-1 ring-amber-300" data-testid="appeal">
          <p className="font-medium">{t("appeal", { name: appeal.appellant.name, date: when(appeal.createdAt) })}</p>
          <p className="mt-1 whitespace-pre-line wrap-anywhere">{appeal.reason}</p>
          <p className="mt-1 text-sm text-slate-700">{appeal.resolution ? t("appealResolved") : t("appealOpen")}</p>
        </div>
      ) : null}
    </section>
  );
}
