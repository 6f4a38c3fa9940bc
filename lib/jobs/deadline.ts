import "server-only";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { enqueueOutboxEvent } from "@/lib/outbox/enqueue";

/** Reports nobody has decided yet; the same set the review queue marks overdue. */
export const AWAITING_REVIEW: readonly ReportStatus[] = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO"];

export const DEFAULT_REVIEW_DEADLINE_HOURS = 48;

/** Reports awaiting review created before this are overdue (for the queue's marker too). */
export function reviewDeadlineCutoff(deadlineHours: number, now = new Date()): Date {
  return new Date(now.getTime() - deadlineHours * 3_600_000);
}

export async function reviewDeadlineHours(): Promise<number> {
  const settings = await db.orgSettings.findUnique({ where: { id: 1 }, select: { reviewDeadlineHours: true } });
  return settings?.reviewDeadlineHours ?? DEFAULT_REVIEW_DEADLINE_HOURS;
}

/**
 * Escalates every report waiting past the deadline exactly once: the
 * overdueNotifiedAt mark and the report.overdue outbox event are written in
 * one transaction, and a marked report is never picked again.
 */
export async function escalateOverdueReports(now = new Date(), batch = 500): Promise<{ escalated: number }> {
  const cutoff = reviewDeadlineCutoff(await reviewDeadlineHours(), now);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "RefusalReport" SET "overdueNotifiedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "RefusalReport"
        WHERE status::text = ANY(${[...AWAITING_REVIEW]}::text[]) AND "createdAt" < ${cutoff} AND "overdueNotifiedAt" IS NULL
        ORDER BY "createdAt"
        LIMIT ${batch}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING id`;
    for (const row of rows) await enqueueOutboxEvent(tx, "report.overdue", { reportId: row.id, actorId: null });
    return { escalated: rows.length };
  });
}
