import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportCategory } from "@/lib/generated/prisma/enums";
import { aggregate } from "./aggregate";
import { addDays, DAY_MS, dayOf, formatDay, startOfDay, weekAround } from "./dates";
import type { Period, ResolvedFilter } from "./filters";
import { decisionSecondsPercentiles, rate, statusIn, toPercentiles, type Percentiles } from "./queries";
import { reportFilterSql } from "./where";

// The dashboard's charts, one grouped query each (see queries.ts).

export interface WeekByCategory {
  /** Monday of the week, local calendar day. */
  week: string;
  counts: Partial<Record<ReportCategory, number>>;
}

/** The local Mondays of every week the period touches, with the instant each starts. */
export function weeksOf(period: Period, timeZone: string): { week: string; start: Date }[] {
  const weeks: { week: string; start: Date }[] = [];
  for (let week = weekAround(period.start, timeZone); week.start < period.end; week = weekAround(week.end, timeZone)) {
    weeks.push({ week: formatDay(dayOf(week.start, timeZone)), start: week.start });
  }
  return weeks;
}

export async function weeklyByCategory(user: SessionUser, filter: ResolvedFilter): Promise<WeekByCategory[]> {
  // Local weeks as bucket bounds computed here (DST-safe), so PostgreSQL does
  // not convert every timestamp to local time: over a year that conversion
  // was most of the query.
  const weeks = weeksOf(filter.period, filter.timeZone);
  const bounds = weeks.map((week) => week.start.toISOString());
  const rows = await aggregate<{ bucket: number; category: ReportCategory; count: number }[]>(Prisma.sql`
    SELECT width_bucket(r."createdAt", ${bounds}::timestamp[]) AS bucket, r."category", count(*)::int AS count
    FROM "RefusalReport" r
    WHERE ${reportFilterSql(user, filter)}
    GROUP BY 1, 2
    ORDER BY 1`);
  // No report at all: nothing to chart, so the figure says so rather than
  // drawing a row of zeros.
  if (rows.length === 0) return [];
  // Every week of the period, empty ones too: the axis and the table must not
  // put two weeks side by side that have a week without reports between them.
  const byWeek: WeekByCategory[] = weeks.map(({ week }) => ({ week, counts: {} }));
  for (const row of rows) byWeek[row.bucket - 1].counts[row.category] = row.count;
  return byWeek;
}

export interface OutcomeByCategory {
  category: ReportCategory;
  justified: number;
  notJustified: number;
  undecided: number;
}

export function outcomeByCategory(user: SessionUser, filter: ResolvedFilter) {
  return aggregate<OutcomeByCategory[]>(Prisma.sql`
    SELECT r."category",
      count(*) FILTER (WHERE ${statusIn("JUSTIFIED")})::int AS "justified",
      count(*) FILTER (WHERE ${statusIn("NOT_JUSTIFIED")})::int AS "notJustified",
      count(*) FILTER (WHERE ${statusIn("UNDECIDED")})::int AS "undecided"
    FROM "RefusalReport" r
    WHERE ${reportFilterSql(user, filter)}
    GROUP BY r."category"
    ORDER BY count(*) DESC, r."category"`);
}

export interface LocationFigures {
  locationId: string;
  code: string;
  name: string;
  reports: number;
  decided: number;
  justifiedRate: number | null;
  timeToDecision: Percentiles | null;
}

/** Figures per location, busiest first; with `limit`, only the busiest `limit`. */
export async function byLocation(user: SessionUser, filter: ResolvedFilter, { limit }: { limit?: number } = {}): Promise<LocationFigures[]> {
  const rows = await aggregate<
    { locationId: string; code: string; name: string; reports: number; justified: number; decided: number; decision_secs: number[] | null }[]
  >(Prisma.sql`
    WITH per_location AS (
      SELECT r."locationId", count(*)::int AS reports,
        count(*) FILTER (WHERE ${statusIn("JUSTIFIED")})::int AS justified,
        count(*) FILTER (WHERE ${statusIn("JUSTIFIED")} OR ${statusIn("NOT_JUSTIFIED")})::int AS decided,
        ${decisionSecondsPercentiles} AS decision_secs
      FROM "RefusalReport" r
      WHERE ${reportFilterSql(user, filter)}
      GROUP BY r."locationId"
    )
    -- Names are joined to the few grouped rows, not to every report.
    SELECT p.*, l."code", l."name"
    FROM per_location p JOIN "Location" l ON l."id" = p."locationId"
    ORDER BY p.reports DESC, l."name"
    LIMIT ${limit ?? null}`);
  return rows.map((row) => ({
    locationId: row.locationId,
    code: row.code,
    name: row.name,
    reports: row.reports,
    decided: row.decided,
    justifiedRate: rate(row.justified, row.decided),
    timeToDecision: toPercentiles(row.decision_secs),
  }));
}

export interface TrendPoint {
  /** Week of the period, from 1. */
  week: number;
  current: number;
  previous: number;
}

/**
 * The starts of a period's weeks counted from its first day: local midnights
 * seven days apart, up to its end. Not 604,800-second blocks: across a change
 * of the clocks those drift by an hour, and a week would take reports of the
 * next one's first hour (or a four-week range would grow a fifth week).
 */
export function weekStartsFrom(period: Pick<Period, "start" | "end">, timeZone: string): Date[] {
  const first = dayOf(period.start, timeZone);
  const starts: Date[] = [];
  for (let week = 0; ; week += 1) {
    const start = startOfDay(addDays(first, 7 * week), timeZone);
    if (start >= period.end) return starts;
    starts.push(start);
  }
}

/** Reports per week of the period against the same week of the period before. */
export async function trendAgainstPrevious(user: SessionUser, filter: ResolvedFilter): Promise<TrendPoint[]> {
  const [current, previous] = [filter.period, filter.previous].map((period) => weekStartsFrom(period, filter.timeZone));
  // Bucketed by bounds computed here, as the weekly chart is: week n holds
  // [start n, start n+1), the last one up to the period's end.
  const bucket = (starts: Date[]) => Prisma.sql`width_bucket(r."createdAt", ${starts.map((start) => start.toISOString())}::timestamp[])`;
  const rows = await aggregate<{ week: number; current: number; previous: number }[]>(Prisma.sql`
    SELECT week, sum(current)::int AS current, sum(previous)::int AS previous FROM (
      SELECT ${bucket(current)} AS week, count(*) AS current, 0 AS previous
      FROM "RefusalReport" r WHERE ${reportFilterSql(user, filter)} GROUP BY 1
      UNION ALL
      SELECT ${bucket(previous)} AS week, 0, count(*)
      FROM "RefusalReport" r WHERE ${reportFilterSql(user, filter, "previous")} GROUP BY 1
    ) weeks GROUP BY week ORDER BY week`);
  if (rows.length === 0) return [];
  // Weeks with no report in either period are still weeks of the period: fill
  // them with zeros. The period before can be longer (a month of 31 days
  // before one of 28): its last weeks are kept.
  const byWeek = new Map(rows.map((row) => [row.week, row]));
  const last = Math.max(current.length, previous.length);
  return Array.from({ length: last }, (_, index) => byWeek.get(index + 1) ?? { week: index + 1, current: 0, previous: 0 });
}

export interface ReviewerFigures {
  reviewerId: string;
  reviewerName: string;
  locationId: string;
  locationName: string;
  decisions: number;
  justified: number;
  justifiedRate: number;
  /** Justified rate of every decision at the location, for comparison. */
  locationRate: number;
  locationDecisions: number;
}

/**
 * Justified rate per reviewer and location against the location's mean, with
 * the number of decisions behind each figure. Every decision counts (initial,
 * after reopening, on appeal): each is a reviewer's judgement.
 */
export async function reviewerConsistency(user: SessionUser, filter: ResolvedFilter): Promise<ReviewerFigures[]> {
  const rows = await aggregate<
    { reviewerId: string; reviewerName: string; locationId: string; locationName: string; decisions: number; justified: number; locationDecisions: number; locationJustified: number }[]
  >(Prisma.sql`
    WITH per_reviewer AS (
      SELECT d."reviewerId", r."locationId", count(*)::int AS decisions,
        count(*) FILTER (WHERE d."outcome" = 'JUSTIFIED')::int AS justified
      FROM "Decision" d JOIN "RefusalReport" r ON r."id" = d."reportId"
      WHERE ${reportFilterSql(user, filter)}
        -- A decision is never older than its report: the bound (a day early,
        -- for clocks) lets the join skip older decisions by an index.
        AND d."createdAt" >= ${new Date(filter.period.start.getTime() - DAY_MS)}
      GROUP BY d."reviewerId", r."locationId"
    )
    SELECT p."reviewerId", u."name" AS "reviewerName", p."locationId", l."name" AS "locationName", p.decisions, p.justified,
      (sum(p.decisions) OVER (PARTITION BY p."locationId"))::int AS "locationDecisions",
      (sum(p.justified) OVER (PARTITION BY p."locationId"))::int AS "locationJustified"
    FROM per_reviewer p JOIN "User" u ON u."id" = p."reviewerId" JOIN "Location" l ON l."id" = p."locationId"
    ORDER BY l."name", u."name"`);
  return rows.map((row) => ({
    reviewerId: row.reviewerId,
    reviewerName: row.reviewerName,
    locationId: row.locationId,
    locationName: row.locationName,
    decisions: row.decisions,
    justified: row.justified,
    justifiedRate: row.justified / row.decisions,
    locationRate: row.locationJustified / row.locationDecisions,
    locationDecisions: row.locationDecisions,
  }));
}
