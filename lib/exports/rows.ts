import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AggressionKind, LegalRisk, ReportCategory, ReportStatus } from "@/lib/generated/prisma/enums";
import type { ResolvedFilter } from "@/lib/dashboard/filters";
import { reportFilterSql } from "@/lib/dashboard/where";
import { keysetWindows, type KeysetPage } from "./keyset";

// Export rows, read in short keyset queries (see keyset.ts): the memory held is
// one page whatever the number of rows.

export const EXPORT_BATCH_SIZE = 2000;

export interface ExportReportRow {
  id: string;
  number: string;
  createdAt: Date;
  occurredAt: Date;
  locationCode: string;
  locationName: string;
  reporterName: string;
  category: ReportCategory;
  aggressionKinds: AggressionKind[];
  otherCategoryText: string | null;
  status: ReportStatus;
  firstDecidedAt: Date | null;
  narrative: string;
  customerRequest: string;
  reasonsExplained: boolean;
  alternativeOffered: boolean;
  alternativeDescription: string | null;
  securityCalled: boolean;
  policeCalled: boolean;
  injury: boolean;
  damage: boolean;
  riskBadReview: boolean;
  riskLostCustomer: boolean;
  legalRisk: LegalRisk;
  customerDescription: string | null;
  /** Removed after the retention period: the column holds retention's marker, written in Polish. */
  customerDescriptionRedacted: boolean;
}

/**
 * The reports an export holds (the filter, in the person's scope) with their
 * location (l) and reporter (u): read in pages here, and whole by COPY for the CSV (csv.ts).
 */
export const exportReportsFrom = (user: SessionUser, filter: ResolvedFilter) => Prisma.sql`
  FROM "RefusalReport" r
  JOIN "Location" l ON l."id" = r."locationId"
  JOIN "User" u ON u."id" = r."reporterId"
  WHERE ${reportFilterSql(user, filter)}`;

const pageSql = ({ from, to, after }: KeysetPage, at: Prisma.Sql, id: Prisma.Sql) =>
  Prisma.sql`AND r."createdAt" >= ${from} AND r."createdAt" < ${to} ${
    after ? Prisma.sql`AND (${at}, ${id}) > (${after.at}, ${after.id}::uuid)` : Prisma.empty
  }`;

export function exportReportRows(
  user: SessionUser,
  filter: ResolvedFilter,
  { includeCustomerDescription = false, batchSize = EXPORT_BATCH_SIZE } = {},
): AsyncGenerator<ExportReportRow> {
  // The description is not even read unless asked for (data minimisation).
  const description = includeCustomerDescription ? Prisma.sql`r."customerDescription"` : Prisma.sql`NULL::text`;
  return keysetWindows({
    start: filter.period.start,
    end: filter.period.end,
    batchSize,
    keyOf: (row) => ({ at: row.createdAt, id: row.id }),
    fetch: (page) => db.$queryRaw<ExportReportRow[]>`
      SELECT r."id", r."number", r."createdAt", r."occurredAt", l."code" AS "locationCode", l."name" AS "locationName",
        u."name" AS "reporterName", r."category", r."aggressionKinds"::text[] AS "aggressionKinds", r."otherCategoryText",
        r."status", r."firstDecidedAt", r."narrative", r."customerRequest", r."reasonsExplained", r."alternativeOffered",
        r."alternativeDescription", r."securityCalled", r."policeCalled", r."injury", r."damage",
        r."riskBadReview", r."riskLostCustomer", r."legalRisk", ${description} AS "customerDescription",
        r."customerDescriptionRedactedAt" IS NOT NULL AS "customerDescriptionRedacted"
      ${exportReportsFrom(user, filter)} ${pageSql(page, Prisma.sql`r."createdAt"`, Prisma.sql`r."id"`)}
      ORDER BY r."createdAt", r."id"
      LIMIT ${page.limit}`,
  });
}

export interface ExportDecisionRow {
  id: string;
  reportCreatedAt: Date;
  reportNumber: string;
  createdAt: Date;
  reviewerName: string;
  outcome: "JUSTIFIED" | "NOT_JUSTIFIED";
  kind: string;
  reasonCode: string;
  reasonPl: string;
  reasonEn: string;
  rationale: string;
  followUpActions: string[];
  followUpNote: string | null;
}

/**
 * Every decision (initial, after reopening, on appeal) of the reports in the
 * filter, by the report's filing time. A supervisor's own reports (supervisors
 * file too) come without the follow-up meant for staff, as their pages show
 * them: the reporter's view of a decision is its outcome, reason and rationale.
 */
export function exportDecisionRows(
  user: SessionUser,
  filter: ResolvedFilter,
  { batchSize = EXPORT_BATCH_SIZE } = {},
): AsyncGenerator<ExportDecisionRow> {
  return keysetWindows({
    start: filter.period.start,
    end: filter.period.end,
    batchSize,
    keyOf: (row) => ({ at: row.reportCreatedAt, id: row.id }),
    fetch: (page) => db.$queryRaw<ExportDecisionRow[]>`
      SELECT d."id", r."createdAt" AS "reportCreatedAt", r."number" AS "reportNumber", d."createdAt", u."name" AS "reviewerName",
        d."outcome"::text AS "outcome", d."kind"::text AS "kind", dr."code" AS "reasonCode", dr."labelPl" AS "reasonPl",
        dr."labelEn" AS "reasonEn", d."rationale",
        CASE WHEN r."reporterId" = ${user.id}::uuid THEN '{}' ELSE d."followUpActions"::text[] END AS "followUpActions",
        CASE WHEN r."reporterId" = ${user.id}::uuid THEN NULL ELSE d."followUpNote" END AS "followUpNote"
      FROM "Decision" d
      JOIN "RefusalReport" r ON r."id" = d."reportId"
      JOIN "User" u ON u."id" = d."reviewerId"
      JOIN "DecisionReason" dr ON dr."id" = d."reasonCodeId"
      WHERE ${reportFilterSql(user, filter)} ${pageSql(page, Prisma.sql`r."createdAt"`, Prisma.sql`d."id"`)}
      ORDER BY r."createdAt", d."id"
      LIMIT ${page.limit}`,
  });
}
