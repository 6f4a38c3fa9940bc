// Test support (imported by *.test.ts only): a pg-boss of its own per test
// file, in a schema of its own, so parallel test files never take each
// other's jobs from a shared queue.
import { randomBytes } from "node:crypto";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { createBoss, ensureQueues, type MailRetryPolicy } from "./boss";

export async function startTestBoss(options: { schema?: string; mailRetry?: MailRetryPolicy } = {}): Promise<{ boss: PgBoss; schema: string }> {
  const schema = options.schema ?? `pgboss_test_${randomBytes(5).toString("hex")}`;
  const boss = createBoss({ connectionString: env().DATABASE_URL, schema, supervise: false, schedule: false, max: 3 });
  boss.on("error", (error) => console.error("[test boss]", error));
  await boss.start();
  await ensureQueues(boss, options.mailRetry ?? { retryLimit: 2, retryDelay: 1 });
  return { boss, schema };
}
