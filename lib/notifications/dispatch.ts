import "server-only";
import { createHash } from "node:crypto";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUEUES, jobDb } from "@/lib/jobs/boss";
import type { OutboxEventType } from "@/lib/outbox/enqueue";
import { EVENT_RULES, type NotificationData, type NotificationKind } from "./kinds";
import { loadEventReport, resolveRecipients } from "./recipients";

/** After this many failed attempts an event is left for an admin to look at (/admin/jobs). */
export const MAX_DISPATCH_ATTEMPTS = 8;

export interface MailJobData {
  notificationId: string;
}

export interface DispatchOptions {
  /** Most events handled in one call. */
  limit?: number;
  /** Only these events (tests, which share one database with other tests). */
  onlyEventIds?: bigint[];
  /**
   * When each failed event may be tried again (epoch ms), kept by the calling
   * worker across calls so a broken event is retried with growing pauses
   * instead of on every tick.
   */
  retryAt?: Map<bigint, number>;
}

function backoffMs(attempts: number) {
  return Math.min(2 ** attempts * 1_000, 10 * 60_000);
}

interface ClaimedEvent {
  id: bigint;
  type: string;
  payload: Prisma.JsonValue;
}

/**
 * The same (event, person) always gives the same id, so the notification row
 * and its mail job can never be written twice for one event, whichever worker
 * handles it and however often.
 */
export function notificationId(eventId: bigint, userId: string): string {
  const hex = createHash("sha256").update(`outbox:${eventId}:${userId}`).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Turns undispatched outbox events into notifications and mail jobs. Each
 * event is claimed with FOR UPDATE SKIP LOCKED and handled in its own
 * transaction together with its notification rows, its mail jobs and its
 * dispatchedAt mark: several workers never handle one event twice, and a crash
 * midway leaves the event to be handled again from scratch.
 */
export async function dispatchOutbox(boss: PgBoss, options: DispatchOptions = {}) {
  const limit = options.limit ?? 100;
  const now = Date.now();
  // Failed in this call, or still pausing after an earlier failure: not picked now.
  const skip = [...(options.retryAt ?? [])].filter(([, at]) => at > now).map(([id]) => id);
  let dispatched = 0;
  let failed = 0;
  while (dispatched + failed < limit) {
    const outcome = await dispatchOne(boss, options.onlyEventIds, skip);
    if (outcome.status === "empty") break;
    if (outcome.status === "dispatched") {
      dispatched += 1;
      options.retryAt?.delete(outcome.id);
    } else {
      failed += 1;
      skip.push(outcome.id);
      options.retryAt?.set(outcome.id, Date.now() + backoffMs(outcome.attempts));
    }
  }
  return { dispatched, failed };
}

type DispatchOutcome = { status: "empty" } | { status: "dispatched"; id: bigint } | { status: "failed"; id: bigint; attempts: number };

async function dispatchOne(boss: PgBoss, only: bigint[] | undefined, skip: bigint[]): Promise<DispatchOutcome> {
  let claimed: bigint | null = null;
  try {
    return await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<ClaimedEvent[]>`
          SELECT id, type, payload FROM "OutboxEvent"
          WHERE "dispatchedAt" IS NULL AND attempts < ${MAX_DISPATCH_ATTEMPTS}
            ${only ? Prisma.sql`AND id = ANY(${only.map(String)}::bigint[])` : Prisma.empty}
            ${skip.length ? Prisma.sql`AND NOT (id = ANY(${skip.map(String)}::bigint[]))` : Prisma.empty}
          ORDER BY id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        const event = rows[0];
        if (!event) return { status: "empty" } as const;
        claimed = event.id;
        await deliver(tx, boss, event);
        await tx.outboxEvent.update({
          where: { id: event.id },
          data: { dispatchedAt: new Date(), attempts: { increment: 1 }, lastError: null },
        });
        return { status: "dispatched", id: event.id } as const;
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    if (claimed === null) throw error;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[outbox] event ${claimed} failed: ${message}`);
    const { attempts } = await db.outboxEvent.update({
      where: { id: claimed },
      data: { attempts: { increment: 1 }, lastError: message.slice(0, 2_000) },
      select: { attempts: true },
    });
    return { status: "failed", id: claimed, attempts };
  }
}

async function deliver(tx: Prisma.TransactionClient, boss: PgBoss, event: ClaimedEvent) {
  const rule = EVENT_RULES[event.type as OutboxEventType];
  // Events nobody is told about (user.invited: the admin hands over the link) are just marked.
  if (!rule) return;
  const payload = (event.payload ?? {}) as { reportId?: string; actorId?: string | null };
  if (!payload.reportId) throw new Error(`${event.type} without reportId`);
  const report = await loadEventReport(tx, payload.reportId);
  if (!report) throw new Error(`${event.type}: report ${payload.reportId} not found`);
  const recipients = await resolveRecipients(tx, rule.audience, report, payload.actorId ?? null);
  if (!recipients.length) return;

  const data: NotificationData = {
    number: report.number,
    category: report.category,
    locationName: report.location.name,
    outboxEventId: event.id.toString(),
  };
  const rows = recipients.map((person) => ({
    id: notificationId(event.id, person.id),
    userId: person.id,
    kind: rule.kind,
    reportId: report.id,
    data: data as unknown as Prisma.InputJsonObject,
  }));
  await tx.notification.createMany({ data: rows, skipDuplicates: true });

  const optedOut = await optedOutOfMail(tx, rule.kind, recipients.map((person) => person.id));
  const jobs = rows.filter((row) => !optedOut.has(row.userId));
  for (const row of jobs) {
    await boss.send(QUEUES.mail, { notificationId: row.id } satisfies MailJobData, { id: row.id, db: jobDb(tx) });
  }
}

async function optedOutOfMail(tx: Prisma.TransactionClient, kind: NotificationKind, userIds: string[]) {
  const rows = await tx.notificationPreference.findMany({
    where: { kind, email: false, userId: { in: userIds } },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}
