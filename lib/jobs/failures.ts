import "server-only";
import PgBoss from "pg-boss";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_DISPATCH_ATTEMPTS } from "@/lib/notifications/dispatch";
import { DEFAULT_JOB_SCHEMA, QUEUES, jobDb } from "./boss";

export interface MailProblem {
  id: string;
  /** "retry": failed at least once and will be tried again; "failed": out of retries. */
  state: "retry" | "failed";
  attempts: number;
  retryLimit: number;
  error: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
  recipient: string | null;
  kind: string | null;
  number: string | null;
}

export interface OutboxProblem {
  id: string;
  type: string;
  attempts: number;
  error: string;
  createdAt: Date;
  gaveUp: boolean;
}

function schemaName(schema: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad job schema name: ${schema}`);
  return Prisma.raw(`"${schema}"`);
}

/** Mail jobs that failed (out of retries) or are failing (waiting for their next try), newest first. */
export async function listMailProblems(schema = DEFAULT_JOB_SCHEMA, limit = 100): Promise<MailProblem[]> {
  const [exists] = await db.$queryRaw<{ ok: boolean }[]>`SELECT to_regclass(${`${schema}.job`}) IS NOT NULL AS ok`;
  if (!exists?.ok) return [];
  const rows = await db.$queryRaw<
    { id: string; state: "retry" | "failed"; retry_count: number; retry_limit: number; output: { message?: string } | null; created_on: Date; start_after: Date; email: string | null; kind: string | null; data: { number?: string } | null }[]
  >`
    SELECT j.id::text, j.state::text AS state, j.retry_count, j.retry_limit, j.output, j.created_on, j.start_after,
           u.email, n.kind, n.data
    FROM ${schemaName(schema)}.job j
    LEFT JOIN "Notification" n ON n.id = j.id
    LEFT JOIN "User" u ON u.id = n."userId"
    WHERE j.name = ${QUEUES.mail} AND (j.state = 'failed' OR (j.state = 'retry' AND j.output IS NOT NULL))
    ORDER BY j.created_on DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    state: row.state,
    // retry_count counts the retries begun; the attempt that failed first is one more.
    attempts: row.retry_count + 1,
    retryLimit: row.retry_limit,
    error: row.output?.message ?? null,
    createdAt: row.created_on,
    nextAttemptAt: row.state === "retry" ? row.start_after : null,
    recipient: row.email,
    kind: row.kind,
    number: row.data?.number ?? null,
  }));
}

/** Outbox events that could not be turned into notifications. */
export async function listOutboxProblems(limit = 100): Promise<OutboxProblem[]> {
  const rows = await db.outboxEvent.findMany({
    where: { dispatchedAt: null, lastError: { not: null } },
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, type: true, attempts: true, lastError: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    type: row.type,
    attempts: row.attempts,
    error: row.lastError ?? "",
    createdAt: row.createdAt,
    gaveUp: row.attempts >= MAX_DISPATCH_ATTEMPTS,
  }));
}

/** Puts a failed mail job back in the queue (pg-boss's own retry), audited. */
export async function retryMailJob(actorId: string, jobId: string, schema = DEFAULT_JOB_SCHEMA) {
  return db.$transaction(async (tx) => {
    const boss = new PgBoss({ db: jobDb(tx), schema });
    await boss.retry(QUEUES.mail, jobId, { db: jobDb(tx) });
    await recordAudit(tx, { actorId, action: "admin.job.retried", entityType: "job", entityId: jobId });
    return { retried: jobId };
  });
}

/** Lets the dispatcher try an event it gave up on again, audited. */
export async function retryOutboxEvent(actorId: string, eventId: bigint) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxEvent.updateMany({ where: { id: eventId, dispatchedAt: null }, data: { attempts: 0 } });
    if (count) await recordAudit(tx, { actorId, action: "admin.outbox.retried", entityType: "outbox", entityId: eventId.toString() });
    return { retried: count };
  });
}
