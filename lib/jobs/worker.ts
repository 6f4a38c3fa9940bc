import "server-only";
import type PgBoss from "pg-boss";
import { sendNotificationMail } from "@/lib/mail/send";
import type { Mailer } from "@/lib/mail/transport";
import { dispatchOutbox, type MailJobData } from "@/lib/notifications/dispatch";
import { QUEUES, createBoss, ensureQueues, type MailRetryPolicy } from "./boss";
import { escalateOverdueAppeals, escalateOverdueReports } from "./deadline";
import { applyRetention } from "./retention";

export interface WorkerOptions {
  connectionString: string;
  mailer: Mailer;
  /** Base of the links in mails. */
  appUrl: string;
  mailRetry: MailRetryPolicy;
  /** pg-boss schema (tests use their own). */
  schema?: string;
  /** How often the outbox is checked for new events. */
  outboxIntervalMs?: number;
  /** How often an idle mail worker asks for jobs (pg-boss minimum 0.5 s). */
  mailPollingSeconds?: number;
  /** Cron schedules for the deadline and retention jobs (off in tests, which run them directly). */
  schedules?: boolean;
  /** Only these outbox events (tests share one database). */
  onlyEventIds?: () => bigint[];
  log?: (line: string) => void;
}

export interface RunningWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * The background worker: dispatches the outbox, sends mail and runs the
 * deadline and retention jobs. Any number may run against one database;
 * pg-boss hands each job to one of them and the dispatcher claims each outbox
 * event with SKIP LOCKED.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const boss = createBoss({ connectionString: options.connectionString, schema: options.schema, schedule: options.schedules ?? true });
  boss.on("error", (error) => console.error("[worker] queue error:", error.message));
  await boss.start();
  await ensureQueues(boss, options.mailRetry);

  await boss.work<MailJobData>(QUEUES.mail, { pollingIntervalSeconds: options.mailPollingSeconds ?? 2 }, async ([job]) => {
    try {
      return { result: await sendNotificationMail(options.mailer, options.appUrl, job.data.notificationId) };
    } catch (error) {
      log(`mail job ${job.id} failed (will retry with backoff): ${(error as Error).message}`);
      throw error;
    }
  });
  await boss.work(QUEUES.overdue, async () => {
    const result = await escalateOverdueReports();
    if (result.escalated) log(`escalated ${result.escalated} overdue report(s)`);
    const appeals = await escalateOverdueAppeals();
    if (appeals.escalated) log(`escalated ${appeals.escalated} overdue appeal(s)`);
    return { escalated: result.escalated, appealsEscalated: appeals.escalated };
  });
  await boss.work(QUEUES.retention, async () => {
    const result = await applyRetention();
    log(`retention: replaced ${result.redacted} customer description(s) older than ${result.cutoff.toISOString()}`);
    return { redacted: result.redacted };
  });
  if (options.schedules ?? true) {
    await boss.schedule(QUEUES.overdue, "*/5 * * * *", {}, { tz: "Europe/Warsaw" });
    await boss.schedule(QUEUES.retention, "30 3 * * *", {}, { tz: "Europe/Warsaw" });
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const retryAt = new Map<bigint, number>();
  const tick = () => {
    running = dispatchOutbox(boss, { onlyEventIds: options.onlyEventIds?.(), retryAt })
      .catch((error: Error) => console.error("[worker] outbox dispatch failed:", error.message))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.outboxIntervalMs ?? 1_000);
      });
  };
  tick();
  log(`started: outbox every ${options.outboxIntervalMs ?? 1_000} ms, mail to ${options.mailer.target}`);

  return {
    boss,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
