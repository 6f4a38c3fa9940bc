// The database baselines: the SQL the app's own queries send, written out for
// `pg`, so each figure compares the app with the bare database in the same run.
// The app modules that own these queries point here; change both together:
//   P1  needs no copy: it sends lib/reports/filing-sql.ts's own statements
//   P2  lib/review/queue.ts (listQueue)
//   P3  lib/exports/rows.ts (exportReportRows), all reports
//   P4  lib/dashboard/queries.ts (dashboardTotals, current and previous period)

// P2 — listQueue with the filters status = one status, sort = age (createdAt
// ascending), all of the supervisor's locations: one page per (location,
// status) pair by keyset, merged; then the page's rows with their joins.
export const QUEUE_PAGE_SIZE = 25;

export function queuePageSql(after: { at: Date; id: string } | null): string {
  const keyset = after ? `AND (r."createdAt", r."id") > ($3::timestamp(3), $4::uuid)` : "";
  return `
    SELECT page.id FROM unnest($1::uuid[]) AS l(id)
    CROSS JOIN unnest($2::"ReportStatus"[]) AS s(status)
    CROSS JOIN LATERAL (
      SELECT r."id", r."createdAt" AS key FROM "RefusalReport" r
      WHERE r."locationId" = l.id AND r."status" = s.status ${keyset}
      ORDER BY r."createdAt" ASC, r."id" ASC
      LIMIT ${QUEUE_PAGE_SIZE + 1}
    ) AS page
    ORDER BY page.key ASC, page.id ASC
    LIMIT ${QUEUE_PAGE_SIZE + 1}`;
}

export const queueRowsSql = `
  SELECT r."id", r."number", r."status", r."createdAt", r."occurredAt", r."category", r."legalRisk", r."injury",
    r."policeCalled", r."reporterId", l."id" AS "locationId", l."code", l."name" AS "locationName",
    rep."name" AS "reporterName", a."id" AS "assigneeId", a."name" AS "assigneeName"
  FROM "RefusalReport" r
  JOIN "Location" l ON l."id" = r."locationId"
  JOIN "User" rep ON rep."id" = r."reporterId"
  LEFT JOIN "User" a ON a."id" = r."assigneeId"
  WHERE r."id" = ANY($1::uuid[]) AND r."locationId" = ANY($2::uuid[])`;

export { encodeCursor as encodeQueueCursor } from "../../lib/pagination/cursor.ts";

// P3 — exportReportRows for every report (HR scope, no customer description),
// as one COPY: same columns, joins, filter and order as the app's batches.
// COPY takes no bind parameters: the period's bounds are inlined as literals.
export const exportReportsSql = (start: Date, end: Date) => `
  SELECT r."id", r."number", r."createdAt", r."occurredAt", l."code" AS "locationCode", l."name" AS "locationName",
    u."name" AS "reporterName", r."category", r."aggressionKinds"::text[] AS "aggressionKinds", r."otherCategoryText",
    r."status", r."firstDecidedAt", r."narrative", r."customerRequest", r."reasonsExplained", r."alternativeOffered",
    r."alternativeDescription", r."securityCalled", r."policeCalled", r."injury", r."damage",
    r."riskBadReview", r."riskLostCustomer", r."legalRisk", NULL::text AS "customerDescription"
  FROM "RefusalReport" r
  JOIN "Location" l ON l."id" = r."locationId"
  JOIN "User" u ON u."id" = r."reporterId"
  WHERE r."createdAt" >= '${start.toISOString()}'::timestamp(3) AND r."createdAt" < '${end.toISOString()}'::timestamp(3)
  ORDER BY r."createdAt", r."id"`;

// P4 — dashboardTotals (HR scope, no other filter) for a period; the page runs
// it for the period and the one before, side by side. The overdue count is
// lib/review/deadline.ts's waitingSinceBeforeSql.
export const DASHBOARD_TOTALS_SQL = `
  SELECT count(*)::int AS reports,
    count(*) FILTER (WHERE r."status" = ANY('{JUSTIFIED}'::"ReportStatus"[]))::int AS justified,
    count(*) FILTER (WHERE r."status" = ANY('{NOT_JUSTIFIED,APPEALED}'::"ReportStatus"[]))::int AS not_justified,
    count(*) FILTER (WHERE r."status" = ANY('{SUBMITTED,IN_REVIEW,NEEDS_INFO}'::"ReportStatus"[]))::int AS waiting,
    count(*) FILTER (WHERE r."status" = ANY('{SUBMITTED,IN_REVIEW,NEEDS_INFO}'::"ReportStatus"[]) AND r."createdAt" < $3
      AND (r."reopenedAt" IS NULL OR r."reopenedAt" < $3))::int AS overdue,
    count(*) FILTER (WHERE r."status" = 'WITHDRAWN')::int AS withdrawn,
    percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM r."firstDecidedAt" - r."createdAt")::float8)
      FILTER (WHERE r."firstDecidedAt" IS NOT NULL) AS decision_secs,
    percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM r."createdAt" - r."occurredAt")::float8) AS file_secs
  FROM "RefusalReport" r
  WHERE r."createdAt" >= $1 AND r."createdAt" < $2`;

/** Calendar day in Poland (YYYY-MM-DD), `offsetDays` from today; filters use these days. */
export function warsawDay(offsetDays = 0, now = new Date()): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(now);
  return new Date(Date.parse(`${today}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The instant a day starts in Poland, as the UTC timestamp the columns hold (asked of PostgreSQL's tz data). */
export const WARSAW_MIDNIGHT_SQL = `select (($1::date)::timestamp at time zone 'Europe/Warsaw' at time zone 'UTC')::timestamp(3) as at`;
