import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { enqueueOutboxEvent, type OutboxEventType } from "@/lib/outbox/enqueue";
import { AWAITING_REVIEW, reviewDeadlineCutoff, reviewDeadlineHours, waitingSinceBeforeSql } from "@/lib/review/deadline";

/**
 * Escalates every report waiting past the deadline exactly once: the
 * overdueNotifiedAt mark and the report.overdue outbox event are written in
 * one transaction, and a marked report is never picked again. The deadline is
 * the admin's setting unless given (tests pass their own rather than share it).
 */
export async function escalateOverdueReports(now = new Date(), batch = 500, deadlineHours?: number): Promise<{ escalated: number }> {
  const cutoff = reviewDeadlineCutoff(deadlineHours ?? (await reviewDeadlineHours()), now);
  return markAndEnqueue("report.overdue", (tx) => tx.$queryRaw<{ id: string }[]>`
    UPDATE "RefusalReport" SET "overdueNotifiedAt" = ${now}
    WHERE id IN (
      SELECT r.id FROM "RefusalReport" r
      WHERE r.status::text = ANY(${[...AWAITING_REVIEW]}::text[]) AND r."overdueNotifiedAt" IS NULL
        AND ${waitingSinceBeforeSql(cutoff)}
      ORDER BY r."createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`);
}

/**
 * The same for appeals: an appeal waiting for its ruling longer than the
 * review deadline, counted from the appeal, is escalated once to those who may
 * resolve it. The mark is on the report (appealOverdueNotifiedAt): the Appeal
 * row is append-only, and a report has at most one appeal.
 */
export async function escalateOverdueAppeals(now = new Date(), batch = 500, deadlineHours?: number): Promise<{ escalated: number }> {
  const cutoff = reviewDeadlineCutoff(deadlineHours ?? (await reviewDeadlineHours()), now);
  return markAndEnqueue("report.appeal_overdue", (tx) => tx.$queryRaw<{ id: string }[]>`
    UPDATE "RefusalReport" SET "appealOverdueNotifiedAt" = ${now}
    WHERE id IN (
      SELECT r.id FROM "RefusalReport" r JOIN "Appeal" a ON a."reportId" = r.id
      WHERE r.status = 'APPEALED' AND a."createdAt" < ${cutoff} AND r."appealOverdueNotifiedAt" IS NULL
      ORDER BY a."createdAt"
      LIMIT ${batch}
      FOR UPDATE OF r SKIP LOCKED
    )
    RETURNING id`);
}

/**
 * Marks the rows and writes one outbox event per marked report, in one
 * transaction. The mark does not change the report's version: a reviewer
 * with it open is not thrown into a conflict.
 */
function markAndEnqueue(type: OutboxEventType, mark: (tx: Prisma.TransactionClient) => Promise<{ id: string }[]>) {
  return db.$transaction(async (tx) => {
    const rows = await mark(tx);
    for (const row of rows) await enqueueOutboxEvent(tx, type, { reportId: row.id, actorId: null });
    return { escalated: rows.length };
  });
}
