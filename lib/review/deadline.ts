import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * Reports nobody has decided yet: the ones the review deadline applies to
 * (the queue's overdue marker and count, the worker's escalation, the
 * dashboard's undecided outcome).
 */
export const AWAITING_REVIEW: readonly ReportStatus[] = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO"];

export const DEFAULT_REVIEW_DEADLINE_HOURS = 48;

/** Reports awaiting review that have waited since before this are overdue. */
export function reviewDeadlineCutoff(deadlineHours: number, now = new Date()): Date {
  return new Date(now.getTime() - deadlineHours * 3_600_000);
}

// A report awaiting review waits from its filing or, once reopened, from its
// last reopening: a reopened report is not overdue the moment it comes back.
// The rule in its three forms (a row, a Prisma filter, SQL) lives here, so the
// queue, its overdue count, the dashboard and the escalation cannot drift apart.
// (The bench's baseline SQL, scripts/bench/sql.ts, copies it by design.)

/** Since when a report awaiting review has waited. */
export function waitingForReviewSince(report: { createdAt: Date; reopenedAt: Date | null }): Date {
  return report.reopenedAt ?? report.createdAt;
}

/** Reports that have waited since before `cutoff`, as a Prisma filter. */
export function waitingSinceBefore(cutoff: Date) {
  return {
    createdAt: { lt: cutoff },
    OR: [{ reopenedAt: null }, { reopenedAt: { lt: cutoff } }],
  } satisfies Prisma.RefusalReportWhereInput;
}

/**
 * The same as SQL on the report row `r`. The filing's bound stays a condition
 * of its own: it is what the indexes on "createdAt" serve.
 */
export function waitingSinceBeforeSql(cutoff: Date): Prisma.Sql {
  return Prisma.sql`r."createdAt" < ${cutoff} AND (r."reopenedAt" IS NULL OR r."reopenedAt" < ${cutoff})`;
}

/**
 * The review deadline from the organisation settings. Read once per request:
 * the queue page asks for it from the page, the list and the overdue count.
 */
export const reviewDeadlineHours = cache(async (): Promise<number> => {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { reviewDeadlineHours: true } });
  return settings?.reviewDeadlineHours ?? DEFAULT_REVIEW_DEADLINE_HOURS;
});
