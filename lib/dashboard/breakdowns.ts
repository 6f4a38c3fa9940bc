import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportCategory } from "@/lib/generated/prisma/enums";
import type { ResolvedFilter } from "./filters";
import { rate, statusIn, toPercentiles, type Percentiles } from "./queries";
import { reportFilterSql } from "./where";

// The dashboard's charts, one grouped query each (see queries.ts).

/** Local time of a stored (UTC) timestamp in the filter's zone. */
const localTime = (column: Prisma.Sql, filter: ResolvedFilter) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${filter.timeZone})`;

export interface WeekByCategory {
  /** Monday of the week, local calendar day. */
  week: string;
  counts: Partial<Record<ReportCategory, number>>;
}

export async function weeklyByCategory(user: SessionUser, filter: ResolvedFilter): Promise<WeekByCategory[]> {
  const rows = await db.$queryRaw<{ week: string; category: ReportCategory; count: number }[]>`
    SELECT to_char(date_trunc('week', ${localTime(Prisma.sql`r."createdAt"`, filter)}), 'YYYY-MM-DD') AS week,
      r."category", count(*)::int AS count
    FROM "RefusalReport" r
    WHERE ${reportFilterSql(user, filter)}
    GROUP BY 1, 2
    ORDER BY 1`;
  const weeks = new Map<string, WeekByCategory>();
  for (const row of rows) {
    const entry = weeks.get(row.week) ?? { week: row.week, counts: {} };
    entry.counts[row.category] = row.count;
    weeks.set(row.week, entry);
  }
  return [...weeks.values()];
}

export interface OutcomeByCategory {
  category: ReportCategory;
  justified: number;
  notJustified: number;
  undecided: number;
}

export function outcomeByCategory(user: SessionUser, filter: ResolvedFilter) {
  return db.$queryRaw<OutcomeByCategory[]>`
    SELECT r."category",
      count(*) FILTER (WHERE ${statusIn("JUSTIFIED")})::int AS "justified",
      count(*) FILTER (WHERE ${statusIn("NOT_JUSTIFIED")})::int AS "notJustified",
      count(*) FILTER (WHERE ${statusIn("UNDECIDED")})::int AS "undecided"
    FROM "RefusalReport" r
    WHERE ${reportFilterSql(user, filter)}
    GROUP BY r."category"
    ORDER BY count(*) DESC, r."category"`;
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

export async function byLocation(user: SessionUser, filter: ResolvedFilter): Promise<LocationFigures[]> {
  const rows = await db.$queryRaw<
    { locationId: string; code: string; name: string; reports: number; justified: number; decided: number; decision_secs: number[] | null }[]
  >`
    SELECT r."locationId", l."code", l."name", count(*)::int AS reports,
      count(*) FILTER (WHERE ${statusIn("JUSTIFIED")})::int AS justified,
      count(*) FILTER (WHERE ${statusIn("JUSTIFIED")} OR ${statusIn("NOT_JUSTIFIED")})::int AS decided,
      percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM r."firstDecidedAt" - r."createdAt")::float8)
        FILTER (WHERE r."firstDecidedAt" IS NOT NULL) AS decision_secs
    FROM "RefusalReport" r JOIN "Location" l ON l."id" = r."locationId"
    WHERE ${reportFilterSql(user, filter)}
    GROUP BY r."locationId", l."code", l."name"
    ORDER BY reports DESC, l."name"`;
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

/** Reports per week of the period against the same week of the period before. */
export async function trendAgainstPrevious(user: SessionUser, filter: ResolvedFilter): Promise<TrendPoint[]> {
  const bucket = (start: Date) => Prisma.sql`floor(extract(epoch FROM r."createdAt" - ${start}::timestamp) / 604800)::int + 1`;
  const rows = await db.$queryRaw<{ week: number; current: number; previous: number }[]>`
    SELECT week, sum(current)::int AS current, sum(previous)::int AS previous FROM (
      SELECT ${bucket(filter.period.start)} AS week, count(*) AS current, 0 AS previous
      FROM "RefusalReport" r WHERE ${reportFilterSql(user, filter)} GROUP BY 1
      UNION ALL
      SELECT ${bucket(filter.previous.start)} AS week, 0, count(*)
      FROM "RefusalReport" r WHERE ${reportFilterSql(user, filter, "previous")} GROUP BY 1
    ) weeks GROUP BY week ORDER BY week`;
  return rows;
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
  const rows = await db.$queryRaw<
    { reviewerId: string; reviewerName: string; locationId: string; locationName: string; decisions: number; justified: number; locationDecisions: number; locationJustified: number }[]
  >`
    WITH per_reviewer AS (
      SELECT d."reviewerId", r."locationId", count(*)::int AS decisions,
        count(*) FILTER (WHERE d."outcome" = 'JUSTIFIED')::int AS justified
      FROM "Decision" d JOIN "RefusalReport" r ON r."id" = d."reportId"
      WHERE ${reportFilterSql(user, filter)}
      GROUP BY d."reviewerId", r."locationId"
    )
    SELECT p."reviewerId", u."name" AS "reviewerName", p."locationId", l."name" AS "locationName", p.decisions, p.justified,
      (sum(p.decisions) OVER (PARTITION BY p."locationId"))::int AS "locationDecisions",
      (sum(p.justified) OVER (PARTITION BY p."locationId"))::int AS "locationJustified"
    FROM per_reviewer p JOIN "User" u ON u."id" = p."reviewerId" JOIN "Location" l ON l."id" = p."locationId"
    ORDER BY l."name", u."name"`;
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
