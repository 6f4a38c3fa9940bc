import type { ExportDecisionRow, ExportReportRow } from "./rows";

// Column definitions shared by the CSV and XLSX writers: headers in the
// person's language, values typed (the writer decides how a date or a number
// is written) and every text cell passed through neutraliseCell by the writer.

export type Translate = (key: string) => string;
export type CellValue = string | number | Date | null;

export interface Column<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Width hint for spreadsheets, in characters. */
  width?: number;
}

/** Labels repeat on every row: look each up once per export (a lookup formats an ICU message). */
export function memoizeTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = t(key);
      cache.set(key, value);
    }
    return value;
  };
}

const hours = (from: Date, to: Date | null) =>
  to ? Math.round(((to.getTime() - from.getTime()) / 3_600_000) * 10) / 10 : null;

function outcomeKey(status: ExportReportRow["status"]): string | null {
  if (status === "JUSTIFIED") return "JUSTIFIED";
  if (status === "NOT_JUSTIFIED" || status === "APPEALED") return "NOT_JUSTIFIED";
  return null;
}

export function reportColumns(translate: Translate, { includeCustomerDescription = false } = {}): Column<ExportReportRow>[] {
  const t = memoizeTranslate(translate);
  const c = (key: string) => t(`exports.columns.${key}`);
  const yesNo = (value: boolean) => t(value ? "exports.yes" : "exports.no");
  const columns: Column<ExportReportRow>[] = [
    { header: c("number"), value: (r) => r.number, width: 16 },
    { header: c("createdAt"), value: (r) => r.createdAt, width: 20 },
    { header: c("occurredAt"), value: (r) => r.occurredAt, width: 20 },
    { header: c("locationCode"), value: (r) => r.locationCode, width: 10 },
    { header: c("location"), value: (r) => r.locationName, width: 28 },
    { header: c("reporter"), value: (r) => r.reporterName, width: 22 },
    { header: c("category"), value: (r) => t(`common.category.${r.category}`), width: 24 },
    { header: c("aggressionKinds"), value: (r) => r.aggressionKinds.map((k) => t(`exports.aggression.${k}`)).join(", ") },
    { header: c("otherCategoryText"), value: (r) => r.otherCategoryText },
    { header: c("status"), value: (r) => t(`common.status.${r.status}`), width: 16 },
    { header: c("outcome"), value: (r) => (outcomeKey(r.status) ? t(`exports.outcome.${outcomeKey(r.status)}`) : null), width: 16 },
    { header: c("firstDecidedAt"), value: (r) => r.firstDecidedAt, width: 20 },
    { header: c("hoursToDecision"), value: (r) => hours(r.createdAt, r.firstDecidedAt) },
    { header: c("hoursToFile"), value: (r) => hours(r.occurredAt, r.createdAt) },
    { header: c("narrative"), value: (r) => r.narrative, width: 60 },
    { header: c("customerRequest"), value: (r) => r.customerRequest, width: 40 },
    { header: c("reasonsExplained"), value: (r) => yesNo(r.reasonsExplained) },
    { header: c("alternativeOffered"), value: (r) => yesNo(r.alternativeOffered) },
    { header: c("alternativeDescription"), value: (r) => r.alternativeDescription, width: 40 },
    { header: c("securityCalled"), value: (r) => yesNo(r.securityCalled) },
    { header: c("policeCalled"), value: (r) => yesNo(r.policeCalled) },
    { header: c("injury"), value: (r) => yesNo(r.injury) },
    { header: c("damage"), value: (r) => yesNo(r.damage) },
    { header: c("riskBadReview"), value: (r) => yesNo(r.riskBadReview) },
    { header: c("riskLostCustomer"), value: (r) => yesNo(r.riskLostCustomer) },
    { header: c("legalRisk"), value: (r) => t(`exports.legalRisk.${r.legalRisk}`) },
  ];
  if (includeCustomerDescription) {
    columns.push({ header: c("customerDescription"), value: (r) => r.customerDescription, width: 40 });
  }
  return columns;
}

export function decisionColumns(translate: Translate, locale: string): Column<ExportDecisionRow>[] {
  const t = memoizeTranslate(translate);
  const c = (key: string) => t(`exports.columns.${key}`);
  return [
    { header: c("number"), value: (d) => d.reportNumber, width: 16 },
    { header: c("decidedAt"), value: (d) => d.createdAt, width: 20 },
    { header: c("reviewer"), value: (d) => d.reviewerName, width: 22 },
    { header: c("outcome"), value: (d) => t(`exports.outcome.${d.outcome}`), width: 16 },
    { header: c("decisionKind"), value: (d) => t(`exports.decisionKind.${d.kind}`), width: 18 },
    { header: c("reasonCode"), value: (d) => (locale === "en" ? d.reasonEn : d.reasonPl), width: 32 },
    { header: c("rationale"), value: (d) => d.rationale, width: 60 },
    { header: c("followUpActions"), value: (d) => d.followUpActions.map((a) => t(`exports.followUp.${a}`)).join(", "), width: 30 },
    { header: c("followUpNote"), value: (d) => d.followUpNote, width: 40 },
  ];
}
