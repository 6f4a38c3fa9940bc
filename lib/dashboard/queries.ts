import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { reviewDeadlineCutoff, reviewDeadlineHours, waitingSinceBeforeSql } from "@/lib/review/deadline";
import { aggregate } from "./aggregate";
import type { ResolvedFilter } from "./filters";
import { OUTCOME_STATUSES, reportFilterSql } from "./where";

// Aggregates are computed by PostgreSQL (one pass per question, percentiles
// with percentile_cont): the dashboard must stay fast at a million reports.

export interface Percentiles {
  /** Hours. */
  p50: number;
  p90: number;
}

export interface Totals {
  reports: number;
  decided: number;
  justified: number;
  notJustified: number;
  waiting: number;
  overdue: number;
  withdrawn: number;
  /** Shares of decided reports, 0..1; null with nothing decided. */
  justifiedRate: number | null;
  notJustifiedRate: number | null;
  timeToDecision: Percentiles | null;
  timeToFile: Percentiles | null;
}

/**
 * `status IN (...)` for an outcome group, with the statuses written into the
 * SQL: they are the code's own enum values, not input, and a bound enum array
 * (`= ANY($1::"ReportStatus"[])`) was cast again for every row, which tripled
 * the cost of a year's aggregates.
 */
export const statusIn = (group: keyof typeof OUTCOME_STATUSES, column = Prisma.sql`r."status"`) =>
  Prisma.sql`${column} IN (${Prisma.raw(OUTCOME_STATUSES[group].map((status) => `'${status}'`).join(", "))})`;

/**
 * Seconds from one timestamp column to another as float8. `date_part` returns
 * float8 directly; `extract` returns numeric, twice as slow to sort in a
 * percentile over a year of reports.
 */
export const secondsBetween = (from: Prisma.Sql, to: Prisma.Sql) => Prisma.sql`date_part('epoch', ${to} - ${from})`;

export const toPercentiles = (seconds: number[] | null): Percentiles | null =>
  seconds && seconds[0] !== null ? { p50: seconds[0] / 3600, p90: seconds[1] / 3600 } : null;

export const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Filing to first decision, in seconds, over the reports decided now: the set
 * the "Decided" figures count. A report decided and then reopened (back in
 * review, maybe released and withdrawn since) keeps its first decision's
 * time, but is not decided, so it is not in "time to decision" either.
 */
export const decisionSecondsPercentiles = Prisma.sql`
  percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${secondsBetween(Prisma.sql`r."createdAt"`, Prisma.sql`r."firstDecidedAt"`)})
    FILTER (WHERE r."firstDecidedAt" IS NOT NULL AND (${statusIn("JUSTIFIED")} OR ${statusIn("NOT_JUSTIFIED")}))`;

const timePercentiles = Prisma.sql`
  ${decisionSecondsPercentiles} AS decision_secs,
  percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${secondsBetween(Prisma.sql`r."occurredAt"`, Prisma.sql`r."createdAt"`)}) AS file_secs`;

export async function dashboardTotals(
  user: SessionUser,
  filter: ResolvedFilter,
  options: {
    range?: "period" | "previous";
    now?: Date;
    deadlineHours?: number;
    /**
     * false skips the two percentiles (timeToDecision and timeToFile stay
     * null): they sort every report of the period, and the dashboard's
     * comparison with the period before shows counts only.
     */
    times?: boolean;
  } = {},
): Promise<Totals> {
  const now = options.now ?? new Date();
  const deadlineHours = options.deadlineHours ?? (await reviewDeadlineHours());
  const overdueBefore = reviewDeadlineCutoff(deadlineHours, now);
  const [row] = await aggregate<
    {
      reports: number;
      justified: number;
      not_justified: number;
      waiting: number;
      overdue: number;
      withdrawn: number;
      decision_secs: number[] | null;
      file_secs: number[] | null;
    }[]
  >(Prisma.sql`
    SELECT count(*)::int AS reports,
      count(*) FILTER (WHERE ${statusIn("JUSTIFIED")})::int AS justified,
      count(*) FILTER (WHERE ${statusIn("NOT_JUSTIFIED")})::int AS not_justified,
      count(*) FILTER (WHERE ${statusIn("UNDECIDED")})::int AS waiting,
      count(*) FILTER (WHERE ${statusIn("UNDECIDED")} AND ${waitingSinceBeforeSql(overdueBefore)})::int AS overdue,
      count(*) FILTER (WHERE r."status" = 'WITHDRAWN')::int AS withdrawn,
      ${options.times === false ? Prisma.sql`NULL AS decision_secs, NULL AS file_secs` : timePercentiles}
    FROM "RefusalReport" r
    WHERE ${reportFilterSql(user, filter, options.range ?? "period")}`);
  const decided = row.justified + row.not_justified;
  return {
    reports: row.reports,
    decided,
    justified: row.justified,
    notJustified: row.not_justified,
    waiting: row.waiting,
    overdue: row.overdue,
    withdrawn: row.withdrawn,
    justifiedRate: rate(row.justified, decided),
    notJustifiedRate: rate(row.not_justified, decided),
    timeToDecision: toPercentiles(row.decision_secs),
    timeToFile: toPercentiles(row.file_secs),
  };
}

/** Locations the person may filter by: all for HR and admins, supervised ones for supervisors. */
export function selectableLocations(user: SessionUser) {
  const all = user.role === "HR" || user.role === "ADMIN";
  return db.location.findMany({
    where: all ? {} : { id: { in: user.role === "SUPERVISOR" ? user.supervisedLocationIds : [] } },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}
