import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ReportCategory } from "@/lib/generated/prisma/enums";
import { readableReportsWhere } from "@/lib/reports/access";
import { weekAround } from "@/lib/dashboard/dates";

const YEAR_MS = 365 * 86_400_000;

export type OutcomeBucket = "JUSTIFIED" | "NOT_JUSTIFIED" | "PENDING" | "WITHDRAWN";

function bucketOf(status: string): OutcomeBucket {
  if (status === "JUSTIFIED" || status === "NOT_JUSTIFIED" || status === "WITHDRAWN") return status;
  return "PENDING";
}

/**
 * What a reviewer needs to see patterns: the employee's other reports of the
 * last 12 months (counts by category and by outcome) and the other reports at
 * the same location in the same week. Both stay within what the person may read.
 */
export async function reviewContext(
  user: SessionUser,
  report: { id: string; reporterId: string; locationId: string; occurredAt: Date },
  now = new Date(),
) {
  const scope = readableReportsWhere(user);
  const week = weekAround(report.occurredAt);
  const [history, sameWeek] = await Promise.all([
    db.refusalReport.groupBy({
      by: ["category", "status"],
      where: { AND: [scope, { reporterId: report.reporterId, id: { not: report.id }, occurredAt: { gte: new Date(now.getTime() - YEAR_MS) } }] },
      _count: { _all: true },
    }),
    db.refusalReport.findMany({
      where: { AND: [scope, { locationId: report.locationId, id: { not: report.id }, occurredAt: { gte: week.start, lt: week.end } }] },
      orderBy: { occurredAt: "asc" },
      take: 50,
      select: { id: true, number: true, occurredAt: true, category: true, status: true, reporter: { select: { name: true } } },
    }),
  ]);
  const byCategory: Partial<Record<ReportCategory, number>> = {};
  const byOutcome: Partial<Record<OutcomeBucket, number>> = {};
  let total = 0;
  for (const row of history) {
    byCategory[row.category] = (byCategory[row.category] ?? 0) + row._count._all;
    const bucket = bucketOf(row.status);
    byOutcome[bucket] = (byOutcome[bucket] ?? 0) + row._count._all;
    total += row._count._all;
  }
  return { total, byCategory, byOutcome, sameWeek, week };
}
