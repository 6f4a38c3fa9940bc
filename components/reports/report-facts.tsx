import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportDetail } from "@/lib/reports/detail";

/** Everything the reporter filed, as a definition list (reused by the review pages). */
export async function ReportFacts({ report }: { report: ReportDetail }) {
  const [t, tc, tf, format] = await Promise.all([
    getTranslations("reports.detail"),
    getTranslations("common"),
    getTranslations("reports"),
    getFormatter(),
  ]);
  const yesNo = (value: boolean, text: string | null) => (value ? (text ? t("yesWith", { text }) : t("yes")) : t("no"));
  const list = (items: (string | false)[], fallback = t("none")) => items.filter(Boolean).join(", ") || fallback;
  const rows: [string, React.ReactNode][] = [
    [t("occurredAt"), format.dateTime(report.occurredAt, { dateStyle: "medium", timeStyle: "short" })],
    [t("location"), report.location.name],
    [t("filedBy"), report.reporter.name],
    [t("category"), tc(`category.${report.category}`)],
    ...(report.aggressionKinds.length
      ? [[t("aggressionKinds"), report.aggressionKinds.map((kind) => tf(`aggression.${kind}`)).join(", ")] as [string, string]]
      : []),
    ...(report.otherCategoryText ? [[t("otherCategoryText"), report.otherCategoryText] as [string, string]] : []),
    [t("narrative"), report.narrative],
    [t("customerRequest"), report.customerRequest],
    [t("reasonsExplained"), yesNo(report.reasonsExplained, report.reasonsExplanation)],
    [t("alternativeOffered"), yesNo(report.alternativeOffered, report.alternativeDescription)],
    ...(report.witnesses ? [[t("witnesses"), report.witnesses] as [string, string]] : []),
    [t("called"), list([report.securityCalled && t("security"), report.policeCalled && t("police")], t("nobody"))],
    [
      t("injuryDamage"),
      [list([report.injury && t("injury"), report.damage && t("damage")]), report.injuryDamageDetails].filter(Boolean).join(" — "),
    ],
    [
      t("risks"),
      list([
        report.riskBadReview && t("riskBadReview"),
        report.riskLostCustomer && t("riskLostCustomer"),
        report.legalRisk !== "NONE" && t("legalRisk", { level: tf(`form.legalRiskOptions.${report.legalRisk}`) }),
      ]),
    ],
    ...(report.customerDescription || report.customerDescriptionRedactedAt
      ? [[t("customerDescription"), report.customerDescriptionRedactedAt ? t("redacted") : report.customerDescription] as [string, string]]
      : []),
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,14rem)_minmax(0,1fr)]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line wrap-anywhere">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
