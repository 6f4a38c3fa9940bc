import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * Reports nobody has decided yet: the ones the review deadline applies to
 * (the queue's overdue marker and count, the worker's escalation, the
 * dashboard's undecided outcome).
 */
export const AWAITING_REVIEW: readonly ReportStatus[] = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO"];

export const DEFAULT_REVIEW_DEADLINE_HOURS = 48;

/** Reports awaiting review created before this are overdue. */
export function reviewDeadlineCutoff(deadlineHours: number, now = new Date()): Date {
  return new Date(now.getTime() - deadlineHours * 3_600_000);
}

/**
 * The review deadline from the organisation settings. Read once per request:
 * the queue page asks for it from the page, the list and the overdue count.
 */
export const reviewDeadlineHours = cache(async (): Promise<number> => {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { reviewDeadlineHours: true } });
  return settings?.reviewDeadlineHours ?? DEFAULT_REVIEW_DEADLINE_HOURS;
});
