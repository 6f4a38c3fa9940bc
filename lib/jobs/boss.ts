import "server-only";
import PgBoss from "pg-boss";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// pg-boss keeps its tables in its own schema (the drift test compares only
// "public"). Tests pass another schema so their queues stay their own.
export const DEFAULT_JOB_SCHEMA = "pgboss";

export const QUEUES = {
  mail: "mail-send",
  overdue: "reports-overdue-scan",
  retention: "reports-retention",
} as const;

export interface MailRetryPolicy {
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) on each next one. */
  retryDelay: number;
}

/**
 * pg-boss running its statements through Prisma: inside a transaction client
 * a job is enqueued atomically with the rows written beside it, so a rolled
 * back change enqueues nothing and a committed one never loses its job.
 */
export function jobDb(client: Prisma.TransactionClient | PrismaClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss leaves unset options undefined; the pg driver reads that as NULL, Prisma wants it said.
      const params = values.map((value) => (value === undefined ? null : value));
      const rows = await client.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows: Array.isArray(rows) ? rows : [] };
    },
  };
}

export function createBoss(options: { connectionString: string; schema?: string } & Partial<PgBoss.ConstructorOptions>): PgBoss {
  const { connectionString, schema, ...rest } = options;
  return new PgBoss({
    connectionString,
    schema: schema ?? DEFAULT_JOB_SCHEMA,
    max: 4,
    application_name: "refusal-desk-worker",
    // Keep finished jobs a week so admins can see what failed and why.
    archiveCompletedAfterSeconds: 3_600,
    archiveFailedAfterSeconds: 7 * 86_400,
    ...rest,
  });
}

/** Creates the queues (idempotent) with the mail retry policy. */
export async function ensureQueues(boss: PgBoss, mailRetry: MailRetryPolicy) {
  // createQueue does nothing for an existing queue, so several instances may race here.
  const mailOptions = { name: QUEUES.mail, retryLimit: mailRetry.retryLimit, retryDelay: mailRetry.retryDelay, retryBackoff: true, expireInSeconds: 120 };
  await boss.createQueue(QUEUES.mail, mailOptions);
  await boss.updateQueue(QUEUES.mail, mailOptions);
  for (const name of [QUEUES.overdue, QUEUES.retention]) {
    // "singleton": a scheduled scan never runs twice at once across instances.
    await boss.createQueue(name, { name, policy: "singleton", retryLimit: 2, retryDelay: 60 });
  }
}
