import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { QUEUES } from "@/lib/jobs/boss";
import { startTestBoss } from "@/lib/jobs/testing";
import { enqueueOutboxEvent, type OutboxEventType } from "@/lib/outbox/enqueue";
import { applyTransition } from "@/lib/reports/lifecycle";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { decisionInput } from "@/test/review";
import { appealDecision } from "@/lib/review/appeals";
import { decideReport } from "@/lib/review/decide";
import { dispatchOutbox, notificationId } from "./dispatch";
import { reportPath } from "./kinds";

let boss: PgBoss;
beforeAll(async () => {
  ({ boss } = await startTestBoss());
});
afterAll(async () => {
  await boss.stop({ graceful: false, close: true });
});

async function company() {
  const location = await createLocation();
  const elsewhere = await createLocation();
  const employee = await createUser({ locations: [location.id] });
  const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  const second = await createUser({ role: "SUPERVISOR", supervises: [location.id, elsewhere.id] });
  const stranger = await createUser({ role: "SUPERVISOR", supervises: [elsewhere.id] });
  const hr = await createUser({ role: "HR" });
  const report = await createReport(employee.id, location.id, { customerDescription: "Wysoki mężczyzna w czerwonej kurtce" });
  return { location, employee, supervisor, second, stranger, hr, report };
}

async function emit(type: OutboxEventType, reportId: string, actorId: string | null) {
  const event = await db.$transaction((tx) => enqueueOutboxEvent(tx, type, { reportId, actorId }));
  return event.id;
}

const recipientsOf = async (reportId: string) =>
  (await db.notification.findMany({ where: { reportId }, select: { userId: true, kind: true } })).map((n) => `${n.kind}:${n.userId}`).sort();

describe("outbox dispatcher", () => {
  it("tells the location's supervisors about a new report, once, with a mail job each and no customer data", async () => {
    const { employee, supervisor, second, stranger, report } = await company();
    const eventId = await emit("report.submitted", report.id, employee.id);

    // Three dispatchers at once, then once more: each event is handled exactly once.
    await Promise.all([1, 2, 3].map(() => dispatchOutbox(boss, { onlyEventIds: [eventId] })));
    await dispatchOutbox(boss, { onlyEventIds: [eventId] });

    expect(await recipientsOf(report.id)).toEqual([`report_submitted:${supervisor.id}`, `report_submitted:${second.id}`].sort());
    expect(await recipientsOf(report.id)).not.toContain(`report_submitted:${stranger.id}`);
    const event = await db.outboxEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event.dispatchedAt).not.toBeNull();
    expect(event.attempts).toBe(1);

    const notification = await db.notification.findUniqueOrThrow({ where: { id: notificationId(eventId, supervisor.id) } });
    expect(notification.data).toMatchObject({ number: report.number, category: "AGGRESSIVE_BEHAVIOUR" });
    expect(JSON.stringify(notification.data)).not.toContain("czerwonej");
    const job = await boss.getJobById<{ notificationId: string }>(QUEUES.mail, notification.id);
    expect(job?.data).toEqual({ notificationId: notification.id });
  });

  it("sends each event to its audience and never to the person who caused it", async () => {
    const { employee, supervisor, second, stranger, hr, report } = await company();
    // Held, as after a claim (the database refuses a queued report with a holder).
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW", assigneeId: supervisor.id } });
    const ids = [
      await emit("report.claimed", report.id, supervisor.id),
      await emit("report.info_answered", report.id, employee.id),
      await emit("report.decided", report.id, supervisor.id),
      await emit("report.overdue", report.id, null),
    ];
    await dispatchOutbox(boss, { onlyEventIds: ids });
    const got = await recipientsOf(report.id);
    expect(got.filter((entry) => !entry.startsWith("report_overdue"))).toEqual(
      [`report_claimed:${employee.id}`, `info_answered:${supervisor.id}`, `report_decided:${employee.id}`].sort(),
    );
    // The escalation also goes to every HR person in the database, and other
    // test files add some: among the people of this company, exactly these.
    const ours = new Set([employee.id, supervisor.id, second.id, stranger.id, hr.id]);
    expect(got.filter((entry) => entry.startsWith("report_overdue") && ours.has(entry.split(":")[1]))).toEqual(
      [`report_overdue:${supervisor.id}`, `report_overdue:${second.id}`, `report_overdue:${hr.id}`].sort(),
    );
    expect(got).not.toContain(`report_overdue:${stranger.id}`);
  });

  it("leaves out demoted supervisors, and tells the location's supervisors when the holder can no longer act", async () => {
    const { location, employee, supervisor, second, report } = await company();
    // Demoted, with the assignment row left behind: no longer a reviewer of the location.
    const demoted = await createUser({ role: "EMPLOYEE", supervises: [location.id] });
    const submitted = await emit("report.submitted", report.id, employee.id);
    await dispatchOutbox(boss, { onlyEventIds: [submitted] });
    expect(await recipientsOf(report.id)).toEqual([`report_submitted:${supervisor.id}`, `report_submitted:${second.id}`].sort());

    const holders = [
      await createUser({ role: "SUPERVISOR", supervises: [location.id], active: false }), // deactivated
      await createUser({ role: "SUPERVISOR" }), // no longer assigned to the location
      demoted,
    ];
    for (const holder of holders) {
      await db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW", assigneeId: holder.id } });
      await db.notification.deleteMany({ where: { reportId: report.id } });
      await dispatchOutbox(boss, { onlyEventIds: [await emit("report.info_answered", report.id, employee.id)] });
      expect(await recipientsOf(report.id)).toEqual([`info_answered:${supervisor.id}`, `info_answered:${second.id}`].sort());
    }

    // An admin holding the report, or a supervisor still assigned, hears it alone.
    for (const holder of [await createUser({ role: "ADMIN" }), second]) {
      await db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW", assigneeId: holder.id } });
      await db.notification.deleteMany({ where: { reportId: report.id } });
      await dispatchOutbox(boss, { onlyEventIds: [await emit("report.info_answered", report.id, employee.id)] });
      expect(await recipientsOf(report.id)).toEqual([`info_answered:${holder.id}`]);
    }
  });

  it("writes nothing for a change that rolled back", async () => {
    const { supervisor, report } = await company();
    await expect(
      db.$transaction(async (tx) => {
        await applyTransition(tx, {
          reportId: report.id,
          expectedVersion: report.version,
          transition: "claim",
          actorId: supervisor.id,
          patch: { assigneeId: supervisor.id },
          outbox: { type: "report.claimed" },
        });
        throw new Error("the rest of the change failed");
      }),
    ).rejects.toThrow("the rest of the change failed");
    expect(await db.outboxEvent.count({ where: { payload: { path: ["reportId"], equals: report.id } } })).toBe(0);
    expect(await db.notification.count({ where: { reportId: report.id } })).toBe(0);
  });

  it("keeps the notification but enqueues no mail for a person who opted out of that kind", async () => {
    const { employee, supervisor, second, report } = await company();
    await db.notificationPreference.create({ data: { userId: second.id, kind: "report_submitted", email: false } });
    const eventId = await emit("report.submitted", report.id, employee.id);
    await dispatchOutbox(boss, { onlyEventIds: [eventId] });
    expect(await recipientsOf(report.id)).toHaveLength(2);
    expect(await boss.getJobById(QUEUES.mail, notificationId(eventId, supervisor.id))).not.toBeNull();
    expect(await boss.getJobById(QUEUES.mail, notificationId(eventId, second.id))).toBeNull();
  });

  it("records a failing event for admins and goes on with the others", async () => {
    const { employee, report } = await company();
    const broken = await db.$transaction((tx) => enqueueOutboxEvent(tx, "report.decided", { reportId: "00000000-0000-4000-8000-000000000000" }));
    const good = await emit("report.claimed", report.id, null);
    const retryAt = new Map<bigint, number>();
    const result = await dispatchOutbox(boss, { onlyEventIds: [broken.id, good], retryAt });
    expect(result).toEqual({ dispatched: 1, failed: 1 });
    // The worker pauses before trying the broken event again, rather than on every tick.
    expect(retryAt.get(broken.id)).toBeGreaterThan(Date.now());
    expect(await dispatchOutbox(boss, { onlyEventIds: [broken.id], retryAt })).toEqual({ dispatched: 0, failed: 0 });
    const failed = await db.outboxEvent.findUniqueOrThrow({ where: { id: broken.id } });
    expect(failed.dispatchedAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/not found/);
    expect(await recipientsOf(report.id)).toEqual([`report_claimed:${employee.id}`]);
  });
  it("tells those who may resolve an appeal about it: not the reviewer whose decision it contests, and HR too", async () => {
    const { employee, supervisor, second, stranger, hr, report } = await company();
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW", assigneeId: supervisor.id } });
    const { version } = await decideReport(await sessionFor(supervisor.id), await decisionInput(report.id, report.version));
    await appealDecision(await sessionFor(employee.id), { reportId: report.id, version, reason: "Klient groził mi, świadek to potwierdzi." });
    const appealed = await db.outboxEvent.findFirstOrThrow({ where: { type: "report.appealed", payload: { path: ["reportId"], equals: report.id } } });
    await dispatchOutbox(boss, { onlyEventIds: [appealed.id] });

    const ours = new Set([employee.id, supervisor.id, second.id, stranger.id, hr.id]);
    const got = (await recipientsOf(report.id)).filter((entry) => entry.startsWith("report_appealed") && ours.has(entry.split(":")[1]));
    expect(got).toEqual([`report_appealed:${second.id}`, `report_appealed:${hr.id}`].sort());
    // HR is taken to the page where it resolves the appeal.
    expect(reportPath("report_appealed", "HR", report.number)).toBe(`/review/${report.number}`);
    expect(reportPath("report_decided", "HR", report.number)).toBe(`/reports/${report.number}`);

    // Past the deadline, the reminder goes to the same people (the escalation job is tested in lib/jobs).
    const overdue = await emit("report.appeal_overdue", report.id, null);
    await dispatchOutbox(boss, { onlyEventIds: [overdue] });
    const reminded = (await recipientsOf(report.id)).filter((entry) => entry.startsWith("appeal_overdue") && ours.has(entry.split(":")[1]));
    expect(reminded).toEqual([`appeal_overdue:${second.id}`, `appeal_overdue:${hr.id}`].sort());
    expect(reportPath("appeal_overdue", "HR", report.number)).toBe(`/review/${report.number}`);
  });
});
