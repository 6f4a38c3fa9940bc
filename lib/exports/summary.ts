import type { ResolvedFilter } from "@/lib/dashboard/filters";
import type { Totals } from "@/lib/dashboard/queries";
import type { Column, Translate } from "./columns";

// The XLSX summary sheet: the dashboard totals for the exported filter, as
// label / value pairs a manager can read without the dashboard.

export interface SummaryRow {
  label: string;
  value: string | number | null;
}

export function summaryColumns(t: Translate): Column<SummaryRow>[] {
  return [
    { header: t("exports.summary.measure"), value: (row) => row.label, width: 40 },
    { header: t("exports.summary.value"), value: (row) => row.value, width: 24 },
  ];
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const round = (hours: number | undefined) => (hours === undefined ? null : Math.round(hours * 10) / 10);

export function totalsAsRows(t: Translate, filter: ResolvedFilter, totals: Totals): SummaryRow[] {
  const s = (key: string) => t(`exports.summary.${key}`);
  return [
    { label: s("period"), value: `${filter.period.fromDay} – ${filter.period.toDay}` },
    { label: s("reports"), value: totals.reports },
    { label: s("decided"), value: totals.decided },
    { label: s("justified"), value: totals.justified },
    { label: s("notJustified"), value: totals.notJustified },
    { label: s("justifiedRate"), value: percent(totals.justifiedRate) },
    { label: s("notJustifiedRate"), value: percent(totals.notJustifiedRate) },
    { label: s("waiting"), value: totals.waiting },
    { label: s("overdue"), value: totals.overdue },
    { label: s("withdrawn"), value: totals.withdrawn },
    { label: s("decisionP50"), value: round(totals.timeToDecision?.p50) },
    { label: s("decisionP90"), value: round(totals.timeToDecision?.p90) },
    { label: s("fileP50"), value: round(totals.timeToFile?.p50) },
    { label: s("fileP90"), value: round(totals.timeToFile?.p90) },
  ];
}

export async function* summaryRows(t: Translate, filter: ResolvedFilter, load: () => Promise<Totals>): AsyncGenerator<SummaryRow> {
  yield* totalsAsRows(t, filter, await load());
}
