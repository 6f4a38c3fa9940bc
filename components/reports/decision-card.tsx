import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReportDetail } from "@/lib/reports/detail";
import { languageOf } from "@/lib/i18n/locales";

/** The latest decision and its rationale, once made. */
export async function DecisionCard({ decision }: { decision: ReportDetail["decisions"][number] }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports.detail"), getFormatter(), getLocale()]);
  const justified = decision.outcome === "JUSTIFIED";
  return (
    <section aria-labelledby="decision-title" className={`rounded-lg p-4 ring-1 ${justified ? "bg-green-50 ring-green-300" : "bg-red-50 ring-red-300"}`}>
      <h2 id="decision-title" className="text-lg font-semibold">{t("decision")}: {t(`decisionOutcome.${decision.outcome}`)}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("decidedBy", { name: decision.reviewer.name, date: format.dateTime(decision.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      <dl className="mt-3 flex flex-col gap-2">
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("decisionReason")}</dt>
          <dd>{languageOf(locale) === "en" ? decision.reasonCode.labelEn : decision.reasonCode.labelPl}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("rationale")}</dt>
          <dd className="whitespace-pre-line wrap-anywhere">{decision.rationale}</dd>
        </div>
      </dl>
    </section>
  );
}
