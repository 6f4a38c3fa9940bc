import { getFormatter, getTranslations } from "next-intl/server";
import type { loadSummary } from "@/lib/dashboard/summary";
import { ScrollTable } from "@/components/ui/scroll-table";

type Summary = Awaited<ReturnType<typeof loadSummary>>;

const th = "py-1 pr-4 text-left font-medium";
const td = "py-1 pr-4 tabular-nums";

/** The summary's figures as plain tables: they print on paper exactly as on screen. */
export async function SummaryTables({ data }: { data: Summary }) {
  const [t, ts, tx, tc, tr, tTotals, format] = await Promise.all([
    getTranslations("dashboard.summary"),
    getTranslations("exports.summary"),
    getTranslations("dashboard.charts"),
    getTranslations("common"),
    getTranslations("dashboard.risks"),
    getTranslations("dashboard.totals"),
    getFormatter(),
  ]);
  const pct = (share: number | null) => (share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 }));
  const points = (share: number | null) => (share === null ? "–" : format.number(share * 100, { maximumFractionDigits: 1 }));
  const h = (value: number | undefined) => (value === undefined ? "–" : format.number(value, { maximumFractionDigits: 1 }));
  const n = (value: number) => format.number(value);
  const { totals, previous } = data;
  const rows: [string, string, string][] = [
    [ts("reports"), n(totals.reports), n(previous.reports)],
    [ts("decided"), n(totals.decided), n(previous.decided)],
    // Labelled "(%)" as in the XLSX summary sheet: the number alone, no second percent sign.
    [ts("justifiedRate"), points(totals.justifiedRate), points(previous.justifiedRate)],
    [ts("notJustifiedRate"), points(totals.notJustifiedRate), points(previous.notJustifiedRate)],
    // Waiting and overdue are states as of today: the period before has none to
    // compare (its reports still waiting today are all overdue, which says nothing
    // about how it ended).
    [ts("waiting"), n(totals.waiting), "–"],
    [ts("overdue"), n(totals.overdue), "–"],
    [ts("withdrawn"), n(totals.withdrawn), n(previous.withdrawn)],
    [ts("decisionP50"), h(totals.timeToDecision?.p50), h(previous.timeToDecision?.p50)],
    [ts("decisionP90"), h(totals.timeToDecision?.p90), h(previous.timeToDecision?.p90)],
    [ts("fileP50"), h(totals.timeToFile?.p50), h(previous.timeToFile?.p50)],
    [ts("fileP90"), h(totals.timeToFile?.p90), h(previous.timeToFile?.p90)],
    [tr("counts.legal"), n(data.risks.counts.legal), "–"],
    [tr("counts.injury"), n(data.risks.counts.injury), "–"],
    [tr("counts.police"), n(data.risks.counts.police), "–"],
  ];
  const section = "mt-6 break-inside-avoid rounded-lg bg-white p-4 ring-1 ring-slate-200 print:ring-0 print:p-0";
  return (
    <>
      <section className={section} aria-labelledby="summary-totals">
        <table className="w-full text-sm" data-testid="summary-totals">
          <caption id="summary-totals" className="mb-2 text-left text-lg font-semibold">{tTotals("title")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={th}><span className="sr-only">{ts("measure")}</span></th>
              <th scope="col" className={th}>{ts("value")}</th>
              <th scope="col" className={th}>{t("previousPeriod")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value, before]) => (
              <tr key={label} className="border-b border-slate-100">
                <th scope="row" className={th}>{label}</th>
                <td className={td}>{value}</td>
                <td className={td}>{before}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className={section} aria-labelledby="summary-locations">
        <ScrollTable labelledBy="summary-locations">
          <table aria-labelledby="summary-locations" className="w-full text-sm">
            <caption id="summary-locations" className="mb-2 text-left text-lg font-semibold">{t("byLocation")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {[tx("location"), tx("reports"), tx("decided"), tx("justifiedRate"), tx("medianHours"), tx("p90Hours")].map((label) => (
                  <th key={label} scope="col" className={th}>{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.locations.map((l) => (
                <tr key={l.locationId} className="border-b border-slate-100">
                  <th scope="row" className={th}>{l.name}</th>
                  <td className={td}>{n(l.reports)}</td>
                  <td className={td}>{n(l.decided)}</td>
                  <td className={td}>{pct(l.justifiedRate)}</td>
                  <td className={td}>{h(l.timeToDecision?.p50)}</td>
                  <td className={td}>{h(l.timeToDecision?.p90)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
      <section className={section} aria-labelledby="summary-categories">
        <ScrollTable labelledBy="summary-categories">
          <table aria-labelledby="summary-categories" className="w-full text-sm">
            <caption id="summary-categories" className="mb-2 text-left text-lg font-semibold">{t("byCategory")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {[tx("category"), tx("justified"), tx("notJustified"), tx("undecided")].map((label) => (
                  <th key={label} scope="col" className={th}>{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.categories.map((c) => (
                <tr key={c.category} className="border-b border-slate-100">
                  <th scope="row" className={th}>{tc(`category.${c.category}`)}</th>
                  <td className={td}>{n(c.justified)}</td>
                  <td className={td}>{n(c.notJustified)}</td>
                  <td className={td}>{n(c.undecided)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </>
  );
}
