import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createMailer } from "@/lib/mail/transport";
import { startTestSmtp, type TestSmtp } from "@/lib/mail/testing";
import { notificationId } from "@/lib/notifications/dispatch";
import { enqueueOutboxEvent, type OutboxEventType } from "@/lib/outbox/enqueue";
import { applyTransition } from "@/lib/reports/lifecycle";
import { createLocation, createReport, createUser } from "@/test/factories";
import { QUEUES } from "./boss";
import { listMailProblems, retryMailJob } from "./failures";
import { startWorker, type RunningWorker } from "./worker";

const APP_URL = "https://desk.test";
let smtp: TestSmtp;
const schema = `pgboss_test_${randomBytes(5).toString("hex")}`;
// Other test files write outbox events into the same database: workers here
// handle only the events these tests create.
const ours: bigint[] = [];
const running: RunningWorker[] = [];

async function worker() {
  const started = await startWorker({
    connectionString: env().DATABASE_URL,
    schema,
    mailer: createMailer({ SMTP_URL: smtp.url, SMTP_PORT: 587, SMTP_SECURE: false, MAIL_FROM: "Refusal Desk <desk@test.example>" }),
    appUrl: APP_URL,
    mailRetry: { retryLimit: 1, retryDelay: 1 },
    outboxIntervalMs: 200,
    mailPollingSeconds: 0.5,
    schedules: false,
    onlyEventIds: () => ours,
    log: () => {},
  });
  running.push(started);
  return started;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  await worker();
});

afterAll(async () => {
  await Promise.all(running.map((w) => w.stop()));
  await smtp.close();
});

async function company() {
  const location = await createLocation("Kraków – Floriańska 12");
  const employee = await createUser({ locations: [location.id] });
  const english = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  await db.user.update({ where: { id: english.id }, data: { locale: "en" } });
  const polish = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  const report = await createReport(employee.id, location.id, {
    category: "SAFETY_BREACH",
    customerDescription: "Mężczyzna ok. 40 lat, czerwona kurtka",
    narrative: "Klient wszedł na zaplecze mimo zakazu.",
  });
  return { location, employee, english, polish, report };
}

async function emit(type: OutboxEventType, reportId: string, actorId: string | null) {
  const event = await db.$transaction((tx) => enqueueOutboxEvent(tx, type, { reportId, actorId }));
  ours.push(event.id);
  return event.id;
}

const until = <T>(check: () => T | Promise<T>, timeout = 45_000) => vi.waitFor(check, { timeout, interval: 100 });

describe("background worker with a real SMTP server", { timeout: 90_000 }, () => {
  it("mails each recipient in their language: number, category, location and a link, no report content", async () => {
    const { employee, english, polish, report } = await company();
    await emit("report.submitted", report.id, employee.id);
    await until(() => {
      expect(smtp.to(english.email)).toHaveLength(1);
      expect(smtp.to(polish.email)).toHaveLength(1);
    });
    const [en] = smtp.to(english.email);
    expect(en.subject).toBe(`New report to review: ${report.number}`);
    expect(en.text).toContain(`New report ${report.number} (Breach of safety rules) at Kraków – Floriańska 12 is waiting for review.`);
    expect(en.text).toContain(`${APP_URL}/review/${report.number}`);
    const [pl] = smtp.to(polish.email);
    expect(pl.subject).toBe(`Nowe zgłoszenie do oceny: ${report.number}`);
    expect(pl.text).toContain("(Naruszenie zasad bezpieczeństwa) w placówce Kraków – Floriańska 12");
    for (const mail of [en, pl]) {
      expect(mail.text).not.toContain("czerwona kurtka");
      expect(mail.text).not.toContain("zaplecze");
      expect(mail.from?.text).toContain("desk@test.example");
    }

    await emit("report.decided", report.id, polish.id);
    await until(() => expect(smtp.to(employee.email)).toHaveLength(1));
    expect(smtp.to(employee.email)[0].subject).toBe(`Decyzja w sprawie zgłoszenia ${report.number}`);
    expect(smtp.to(employee.email)[0].text).toContain(`${APP_URL}/reports/${report.number}`);
    expect(smtp.to(polish.email)).toHaveLength(1);
  });

  it("honours an opt-out and sends nothing for a change that rolled back", async () => {
    const { employee, english, polish, report } = await company();
    await db.notificationPreference.create({ data: { userId: english.id, kind: "report_submitted", email: false } });
    await expect(
      db.$transaction(async (tx) => {
        const result = await applyTransition(tx, {
          reportId: report.id,
          expectedVersion: report.version,
          transition: "claim",
          actorId: polish.id,
          patch: { assigneeId: polish.id },
          outbox: { type: "report.claimed" },
        });
        throw new Error(`rolled back after ${result.to}`);
      }),
    ).rejects.toThrow("rolled back");
    const submitted = await emit("report.submitted", report.id, employee.id);

    await until(() => expect(smtp.to(polish.email)).toHaveLength(1));
    // Handled (the in-app notification exists) but no mail job was ever made for the opted-out person.
    await until(async () => expect(await db.notification.count({ where: { id: notificationId(submitted, english.id) } })).toBe(1));
    const { boss } = running[0];
    expect(await boss.getJobById(QUEUES.mail, notificationId(submitted, english.id))).toBeNull();
    expect(await boss.getJobById(QUEUES.mail, notificationId(submitted, polish.id), { includeArchive: true })).not.toBeNull();
    expect(smtp.to(english.email)).toHaveLength(0);
    // The rolled-back claim left no event, so the employee is never told about it.
    expect(await db.outboxEvent.count({ where: { type: "report.claimed", payload: { path: ["reportId"], equals: report.id } } })).toBe(0);
    expect(smtp.to(employee.email)).toHaveLength(0);
  });

  it("retries a refused mail with backoff, shows the failure to admins, delivers after it recovers, blocking nobody else", async () => {
    const { employee, english, polish, report } = await company();
    const admin = await createUser({ role: "ADMIN" });
    smtp.refuse(english.email, true);
    const eventId = await emit("report.submitted", report.id, employee.id);
    const jobId = notificationId(eventId, english.id);

    // The other recipient's mail goes out while this one keeps failing.
    await until(() => expect(smtp.to(polish.email)).toHaveLength(1));
    await until(async () => {
      const problem = (await listMailProblems(schema)).find((p) => p.id === jobId);
      expect(problem).toMatchObject({ state: "failed", recipient: english.email, number: report.number });
    });
    const [problem] = (await listMailProblems(schema)).filter((p) => p.id === jobId);
    expect(problem.error).toMatch(/Mailbox temporarily unavailable/);
    expect(problem.attempts).toBe(2);
    expect(smtp.attempts.get(english.email.toLowerCase())).toBe(2);
    const job = await running[0].boss.getJobById(QUEUES.mail, jobId);
    expect(job).toMatchObject({ state: "failed", retryBackoff: true, retryCount: 1 });
    expect(smtp.to(english.email)).toHaveLength(0);

    smtp.refuse(english.email, false);
    await retryMailJob(admin.id, jobId, schema);
    await until(() => expect(smtp.to(english.email)).toHaveLength(1));
    expect((await listMailProblems(schema)).map((p) => p.id)).not.toContain(jobId);
    expect(await db.auditEvent.count({ where: { action: "admin.job.retried", entityId: jobId, actorId: admin.id } })).toBe(1);
  });

  it("delivers each mail exactly once with two workers on one queue", async () => {
    await worker();
    const { employee, english, polish, report } = await company();
    const events: bigint[] = [];
    for (const type of ["report.submitted", "report.info_answered", "report.appealed", "report.overdue"] as const) {
      events.push(await emit(type, report.id, employee.id));
    }
    const jobIds = events.flatMap((id) => [notificationId(id, english.id), notificationId(id, polish.id)]);
    await until(async () => {
      const states = await Promise.all(
        jobIds.map(async (id) => (await running[0].boss.getJobById(QUEUES.mail, id, { includeArchive: true }))?.state),
      );
      expect(states.every((state) => state === "completed")).toBe(true);
    });
    for (const person of [english, polish]) {
      const subjects = smtp.to(person.email).map((mail) => mail.subject);
      expect(subjects).toHaveLength(4);
      expect(new Set(subjects).size).toBe(4);
    }
  });
});
