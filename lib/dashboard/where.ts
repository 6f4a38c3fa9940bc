import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { AWAITING_REVIEW } from "@/lib/review/deadline";
import type { OutcomeFilter, ResolvedFilter } from "./filters";

// The filter and the person's scope as a Prisma `where` (lists, exports) and as
// SQL (aggregates). Both are built here, side by side, and a test checks they
// select the same rows.

/** What each outcome means in terms of the report's current status. */
export const OUTCOME_STATUSES: Record<OutcomeFilter, ReportStatus[]> = {
  JUSTIFIED: ["JUSTIFIED"],
  // An appealed report keeps its not-justified decision until the appeal is resolved.
  NOT_JUSTIFIED: ["NOT_JUSTIFIED", "APPEALED"],
  UNDECIDED: [...AWAITING_REVIEW],
};

/**
 * Locations whose reports the person sees on dashboards, lists and exports:
 * null means every location (HR, admins); supervisors get the ones they review.
 */
export function dashboardLocationScope(user: SessionUser): string[] | null {
  if (user.role === "HR" || user.role === "ADMIN") return null;
  if (user.role === "SUPERVISOR") return user.supervisedLocationIds;
  return [];
}

function statusesOf(filter: ResolvedFilter): ReportStatus[] | null {
  const byOutcome = filter.outcome ? OUTCOME_STATUSES[filter.outcome] : null;
  if (filter.status.length === 0) return byOutcome;
  return byOutcome ? filter.status.filter((status) => byOutcome.includes(status)) : filter.status;
}

export function reportFilterWhere(
  user: SessionUser,
  filter: ResolvedFilter,
  range: "period" | "previous" = "period",
): Prisma.RefusalReportWhereInput {
  const { start, end } = filter[range];
  const scope = dashboardLocationScope(user);
  const statuses = statusesOf(filter);
  const and: Prisma.RefusalReportWhereInput[] = [{ createdAt: { gte: start, lt: end } }];
  if (scope) and.push({ locationId: { in: scope } });
  if (filter.loc.length > 0) and.push({ locationId: { in: filter.loc } });
  if (filter.cat.length > 0) and.push({ category: { in: filter.cat } });
  if (statuses) and.push({ status: { in: statuses } });
  return { AND: and };
}

/** The same rows as `reportFilterWhere`, for raw SQL over `"RefusalReport" r`. */
export function reportFilterSql(user: SessionUser, filter: ResolvedFilter, range: "period" | "previous" = "period"): Prisma.Sql {
  const { start, end } = filter[range];
  const scope = dashboardLocationScope(user);
  const statuses = statusesOf(filter);
  const parts: Prisma.Sql[] = [Prisma.sql`r."createdAt" >= ${start} AND r."createdAt" < ${end}`];
  if (scope) parts.push(Prisma.sql`r."locationId" = ANY(${scope}::uuid[])`);
  if (filter.loc.length > 0) parts.push(Prisma.sql`r."locationId" = ANY(${filter.loc}::uuid[])`);
  if (filter.cat.length > 0) parts.push(Prisma.sql`r."category" = ANY(${filter.cat}::"ReportCategory"[])`);
  if (statuses) parts.push(Prisma.sql`r."status" = ANY(${statuses}::"ReportStatus"[])`);
  return Prisma.join(parts, " AND ");
}
