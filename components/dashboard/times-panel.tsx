import { getFormatter, getTranslations } from "next-intl/server";
import type { Percentiles, Totals } from "@/lib/dashboard/queries";

export async function TimesPanel({ totals }: { totals: Totals }) {
  const [t, ts, format] = await Promise.all([getTranslations("dashboard.times"), getTranslations("exports.summary"), getFormatter()]);
  const hours = (value: number) => t("hours", { value: format.number(value, { maximumFractionDigits: 1 }) });
  const rows: [string, Percentiles | null, string][] = [
    [t("toDecision"), totals.timeToDecision, "time-to-decision"],
    [t("toFile"), totals.timeToFile, "time-to-file"],
  ];
  return (
    <section aria-labelledby="times-title" className="mt-6">
      <h2 id="times-title" className="text-lg font-semibold">{t("title")}</h2>
      <table aria-labelledby="times-title" className="mt-2 w-full max-w-xl text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4"><span className="sr-only">{ts("measure")}</span></th>
            <th scope="col" className="py-1 pr-4">{t("median")}</th>
            <th scope="col" className="py-1 pr-4">{t("p90")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value, testId]) => (
            <tr key={testId} className="border-b border-slate-200" data-testid={testId}>
              <th scope="row" className="py-1 pr-4 font-medium">{label}</th>
              <td className="py-1 pr-4">{value ? hours(value.p50) : t("none")}</td>
              <td className="py-1 pr-4">{value ? hours(value.p90) : t("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
