import { getFormatter, getTranslations } from "next-intl/server";
import type { Totals } from "@/lib/dashboard/queries";

function Card({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold" data-testid={testId}>{value}</dd>
      {detail ? <dd className="mt-1 text-xs text-slate-600">{detail}</dd> : null}
    </div>
  );
}

export async function TotalsCards({ totals, previous, deadlineHours }: { totals: Totals; previous: Totals; deadlineHours: number }) {
  const t = await getTranslations("dashboard.totals");
  const format = await getFormatter();
  const pct = (share: number | null) => (share === null ? t("noData") : format.number(share, { style: "percent", maximumFractionDigits: 1 }));
  return (
    <section aria-labelledby="totals-title" className="mt-6">
      <h2 id="totals-title" className="text-lg font-semibold">{t("title")}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <Card testId="total-reports" label={t("reports")} value={format.number(totals.reports)} detail={t("previous", { value: format.number(previous.reports) })} />
        <Card testId="total-decided" label={t("decided")} value={format.number(totals.decided)} detail={t("previous", { value: format.number(previous.decided) })} />
        <Card
          testId="total-justified-rate"
          label={t("justifiedRate")}
          value={pct(totals.justifiedRate)}
          detail={t("ofDecided", { count: totals.justified, total: totals.decided })}
        />
        <Card
          testId="total-not-justified-rate"
          label={t("notJustifiedRate")}
          value={pct(totals.notJustifiedRate)}
          detail={t("ofDecided", { count: totals.notJustified, total: totals.decided })}
        />
        {/* The queue also lists appeals waiting for a ruling; here they stay with the decision they contest. */}
        <Card testId="total-waiting" label={t("waiting")} value={format.number(totals.waiting)} detail={t("waitingHint")} />
        <Card testId="total-overdue" label={t("overdue")} value={format.number(totals.overdue)} detail={t("overdueHint", { hours: deadlineHours })} />
      </dl>
    </section>
  );
}
