import "server-only";
import { db } from "@/lib/db/client";
import { enqueueOutboxEvent } from "@/lib/outbox/enqueue";
import { AWAITING_REVIEW, reviewDeadlineCutoff, reviewDeadlineHours } from "@/lib/review/deadline";

/**
 * Escalates every report waiting past the deadline exactly once: the
 * overdueNotifiedAt mark and the report.overdue outbox event are written in
 * one transaction, and a marked report is never picked again. The deadline is
 * the admin's setting unless given (tests pass their own rather than share it).
 */
export async function escalateOverdueReports(now = new Date(), batch = 500, deadlineHours?: number): Promise<{ escalated: number }> {
  const cutoff = reviewDeadlineCutoff(deadlineHours ?? (await reviewDeadlineHours()), now);
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
