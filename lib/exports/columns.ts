import { Prisma } from "@/lib/generated/prisma/client";
import { AggressionKind, LegalRisk, ReportCategory, ReportStatus } from "@/lib/generated/prisma/enums";
import type { ExportDecisionRow, ExportReportRow } from "./rows";
import { dateCell, hoursCell, labelCell, labelListCell, textCell, yesNoCell, type SqlCell } from "./sql-cells";
import { languageOf } from "@/lib/i18n/locales";

// Column definitions shared by the CSV and XLSX writers: headers in the
// person's language, values typed (the writer decides how a date or a number
// is written) and every text cell passed through neutraliseCell by the writer.
// Report columns also say how PostgreSQL computes the same cell (`sql`), for
// the CSV export made by COPY (csv.ts); the two must give the same text.

export type Translate = (key: string) => string;
export type CellValue = string | number | Date | null;

export interface Column<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Width hint for spreadsheets, in characters. */
  width?: number;
  /** The cell in SQL over the reports query's aliases (r: report, l: location, u: reporter). */
  sql?: SqlCell;
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

const AGGRESSION_SEPARATOR = ", ";

function outcomeKey(status: ExportReportRow["status"]): string | null {
  if (status === "JUSTIFIED") return "JUSTIFIED";
  if (status === "NOT_JUSTIFIED" || status === "APPEALED") return "NOT_JUSTIFIED";
  return null;
}

const col = (name: string) => Prisma.raw(`r."${name}"`);
const labelsOf = <Label extends string | null>(values: Record<string, string>, label: (value: string) => Label): Record<string, Label> =>
  Object.fromEntries(Object.keys(values).map((value) => [value, label(value)]));

export function reportColumns(translate: Translate, { includeCustomerDescription = false } = {}): Column<ExportReportRow>[] {
  const t = memoizeTranslate(translate);
  const c = (key: string) => t(`exports.columns.${key}`);
  const yesNo = (value: boolean) => t(value ? "exports.yes" : "exports.no");
  const yesNoSql = (name: string) => yesNoCell(col(name), yesNo(true), yesNo(false));
  const status = (s: string) => t(`common.status.${s}`);
  const outcome = (s: ExportReportRow["status"]) => (outcomeKey(s) ? t(`exports.outcome.${outcomeKey(s)}`) : null);
  const aggression = (k: string) => t(`exports.aggression.${k}`);
  const legalRisk = (risk: string) => t(`exports.legalRisk.${risk}`);
  const category = (value: string) => t(`common.category.${value}`);
  const columns: Column<ExportReportRow>[] = [
    { header: c("number"), value: (r) => r.number, width: 16, sql: textCell(col("number")) },
    { header: c("createdAt"), value: (r) => r.createdAt, width: 20, sql: dateCell(col("createdAt")) },
    { header: c("occurredAt"), value: (r) => r.occurredAt, width: 20, sql: dateCell(col("occurredAt")) },
    { header: c("locationCode"), value: (r) => r.locationCode, width: 10, sql: textCell(Prisma.raw(`l."code"`)) },
    { header: c("location"), value: (r) => r.locationName, width: 28, sql: textCell(Prisma.raw(`l."name"`)) },
    { header: c("reporter"), value: (r) => r.reporterName, width: 22, sql: textCell(Prisma.raw(`u."name"`)) },
    { header: c("category"), value: (r) => category(r.category), width: 24, sql: labelCell(col("category"), labelsOf(ReportCategory, category)) },
    {
      header: c("aggressionKinds"),
      value: (r) => r.aggressionKinds.map(aggression).join(AGGRESSION_SEPARATOR),
      sql: labelListCell(col("aggressionKinds"), labelsOf(AggressionKind, aggression), AGGRESSION_SEPARATOR),
    },
    { header: c("otherCategoryText"), value: (r) => r.otherCategoryText, sql: textCell(col("otherCategoryText")) },
    { header: c("status"), value: (r) => status(r.status), width: 16, sql: labelCell(col("status"), labelsOf(ReportStatus, status)) },
    {
      header: c("outcome"),
      value: (r) => outcome(r.status),
      width: 16,
      sql: labelCell(col("status"), labelsOf(ReportStatus, (s) => outcome(s as ExportReportRow["status"]))),
    },
    { header: c("firstDecidedAt"), value: (r) => r.firstDecidedAt, width: 20, sql: dateCell(col("firstDecidedAt")) },
    { header: c("hoursToDecision"), value: (r) => hours(r.createdAt, r.firstDecidedAt), sql: hoursCell(col("createdAt"), col("firstDecidedAt")) },
    { header: c("hoursToFile"), value: (r) => hours(r.occurredAt, r.createdAt), sql: hoursCell(col("occurredAt"), col("createdAt")) },
    { header: c("narrative"), value: (r) => r.narrative, width: 60, sql: textCell(col("narrative")) },
    { header: c("customerRequest"), value: (r) => r.customerRequest, width: 40, sql: textCell(col("customerRequest")) },
    { header: c("reasonsExplained"), value: (r) => yesNo(r.reasonsExplained), sql: yesNoSql("reasonsExplained") },
    { header: c("alternativeOffered"), value: (r) => yesNo(r.alternativeOffered), sql: yesNoSql("alternativeOffered") },
    { header: c("alternativeDescription"), value: (r) => r.alternativeDescription, width: 40, sql: textCell(col("alternativeDescription")) },
    { header: c("securityCalled"), value: (r) => yesNo(r.securityCalled), sql: yesNoSql("securityCalled") },
    { header: c("policeCalled"), value: (r) => yesNo(r.policeCalled), sql: yesNoSql("policeCalled") },
    { header: c("injury"), value: (r) => yesNo(r.injury), sql: yesNoSql("injury") },
    { header: c("damage"), value: (r) => yesNo(r.damage), sql: yesNoSql("damage") },
    { header: c("riskBadReview"), value: (r) => yesNo(r.riskBadReview), sql: yesNoSql("riskBadReview") },
    { header: c("riskLostCustomer"), value: (r) => yesNo(r.riskLostCustomer), sql: yesNoSql("riskLostCustomer") },
    { header: c("legalRisk"), value: (r) => legalRisk(r.legalRisk), sql: labelCell(col("legalRisk"), labelsOf(LegalRisk, legalRisk)) },
  ];
  if (includeCustomerDescription) {
    // A description removed after the retention period reads as that, in the export's language.
    const redacted = t("exports.redacted");
    columns.push({
      header: c("customerDescription"),
      value: (r) => (r.customerDescriptionRedacted ? redacted : r.customerDescription),
      width: 40,
      sql: textCell(Prisma.sql`(CASE WHEN ${col("customerDescriptionRedactedAt")} IS NOT NULL THEN ${redacted} ELSE ${col("customerDescription")} END)`),
    });
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
    { header: c("reasonCode"), value: (d) => (languageOf(locale) === "en" ? d.reasonEn : d.reasonPl), width: 32 },
    { header: c("rationale"), value: (d) => d.rationale, width: 60 },
    { header: c("followUpActions"), value: (d) => d.followUpActions.map((a) => t(`exports.followUp.${a}`)).join(", "), width: 30 },
    { header: c("followUpNote"), value: (d) => d.followUpNote, width: 40 },
  ];
}
