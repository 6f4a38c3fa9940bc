import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LegalRisk, ReportStatus } from "@/lib/generated/prisma/enums";
import { aggregate } from "./aggregate";
import type { ResolvedFilter } from "./filters";
import { statusIn } from "./queries";
import { reportFilterSql } from "./where";

// The risk panel: where legal exposure, injuries and police are; who may need
// training on the guide; which locations may need security measures.

const TOP = 5;
const RECENT = 10;

export interface RiskCounts {
  legal: number;
  injury: number;
  police: number;
}

export interface RiskReport {
  number: string;
  createdAt: Date;
  locationName: string;
  status: ReportStatus;
  legalRisk: LegalRisk;
  injury: boolean;
  policeCalled: boolean;
}

export interface EmployeeFigures {
  reporterId: string;
  name: string;
  notJustified: number;
  decided: number;
}

export interface AggressionFigures {
  locationId: string;
  name: string;
  aggressive: number;
  reports: number;
}

export async function riskPanel(user: SessionUser, filter: ResolvedFilter) {
  const where = reportFilterSql(user, filter);
  const [[counts], recent, employees, locations] = await Promise.all([
    aggregate<RiskCounts[]>(Prisma.sql`
      SELECT count(*) FILTER (WHERE r."legalRisk" <> 'NONE')::int AS legal,
        count(*) FILTER (WHERE r."injury")::int AS injury,
        count(*) FILTER (WHERE r."policeCalled")::int AS police
      FROM "RefusalReport" r WHERE ${where}`),
    aggregate<RiskReport[]>(Prisma.sql`
      SELECT r."number", r."createdAt", l."name" AS "locationName", r."status", r."legalRisk", r."injury", r."policeCalled"
      FROM "RefusalReport" r JOIN "Location" l ON l."id" = r."locationId"
      WHERE ${where} AND (r."legalRisk" <> 'NONE' OR r."injury" OR r."policeCalled")
      ORDER BY r."createdAt" DESC, r."id" DESC
      LIMIT ${RECENT}`),
    // Grouped first, named after: joining names to every report of a year
    // cost more than the counting.
    aggregate<EmployeeFigures[]>(Prisma.sql`
      SELECT e.*, u."name" FROM (
        SELECT r."reporterId",
          count(*) FILTER (WHERE ${statusIn("NOT_JUSTIFIED")})::int AS "notJustified",
          count(*) FILTER (WHERE ${statusIn("JUSTIFIED")} OR ${statusIn("NOT_JUSTIFIED")})::int AS decided
        FROM "RefusalReport" r
        WHERE ${where}
        GROUP BY r."reporterId"
        HAVING count(*) FILTER (WHERE ${statusIn("NOT_JUSTIFIED")}) > 0
      ) e JOIN "User" u ON u."id" = e."reporterId"
      ORDER BY e."notJustified" DESC, u."name"
      LIMIT ${TOP}`),
    aggregate<AggressionFigures[]>(Prisma.sql`
      SELECT a.*, l."name" FROM (
        SELECT r."locationId",
          count(*) FILTER (WHERE r."category" = 'AGGRESSIVE_BEHAVIOUR')::int AS aggressive, count(*)::int AS reports
        FROM "RefusalReport" r
        WHERE ${where}
        GROUP BY r."locationId"
        HAVING count(*) FILTER (WHERE r."category" = 'AGGRESSIVE_BEHAVIOUR') > 0
      ) a JOIN "Location" l ON l."id" = a."locationId"
      ORDER BY a.aggressive DESC, l."name"
      LIMIT ${TOP}`),
  ]);
  return { counts, recent, employees, locations };
}
