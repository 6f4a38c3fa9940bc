import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Events that cause notifications. Written in the same transaction as the
 * change (transactional outbox) and dispatched afterwards by the worker, so a
 * rolled-back change notifies nobody and a crash loses nothing.
 */
export const OUTBOX_EVENT_TYPES = [
  "report.submitted",
  "report.claimed",
  "report.info_requested",
  "report.info_answered",
  "report.decided",
  "report.reopened",
  "report.appealed",
  "report.appeal_resolved",
  "report.overdue",
  "report.appeal_overdue",
  "user.invited",
] as const;

export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

export interface OutboxPayload {
  reportId?: string;
  actorId?: string | null;
  userId?: string;
  [key: string]: Prisma.InputJsonValue | null | undefined;
}

export function enqueueOutboxEvent(tx: Prisma.TransactionClient, type: OutboxEventType, payload: OutboxPayload) {
  return tx.outboxEvent.create({ data: { type, payload: payload as Prisma.InputJsonObject } });
}
