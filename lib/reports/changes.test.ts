import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { validInput } from "@/test/report-input";
import { claimReport, releaseReport } from "@/lib/review/workflow";
import { holdTransaction, untilWaitersOn } from "@/test/locks";
import { RETENTION_MARKER } from "@/lib/jobs/retention";
import { answerQuestion, editReport, withdrawReport } from "./changes";
import { getReportByNumber, openQuestion, reportTimeline } from "./detail";
import { editReportSchema } from "./schema";

async function fixture(status: "SUBMITTED" | "IN_REVIEW" | "NEEDS_INFO" = "SUBMITTED") {
  const location = await createLocation();
  const reporter = await createUser({ locations: [location.id] });
  const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  // A question is asked by whoever holds the report in review.
  const report = await createReport(reporter.id, location.id, { status, ...(status === "SUBMITTED" ? {} : { assigneeId: supervisor.id }) });
  return { location, report, supervisor, reporter: await sessionFor(reporter.id) };
}

function editInput(reportId: string, locationId: string, expectedVersion: number, overrides: Record<string, unknown> = {}) {
  const { idempotencyKey: _key, ...fields } = validInput({ locationId, ...overrides });
  return editReportSchema.parse({ ...fields, reportId, expectedVersion });
}

describe("the reporter's changes", () => {
  it("corrects an unclaimed report, recording which fields changed", async () => {
    const { report, reporter, location } = await fixture();
    const input = editInput(report.id, location.id, report.version, { narrative: "Poprawiony opis: klient rzucił telefonem w szybę." });
    const result = await editReport(reporter, input);
    expect(result.version).toBe(report.version + 1);
    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.narrative).toBe("Poprawiony opis: klient rzucił telefonem w szybę.");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id, action: "report.edited" } });
    expect((audit.data as { changed: string[] }).changed).toContain("narrative");
    expect((audit.data as { changed: string[] }).changed).not.toContain("category");
  });

  it("tells the new location's reviewers of a report moved there, as of a new filing, and escalates it again there", async () => {
    const { report, location } = await fixture();
    // Escalated at the old location already.
    await db.refusalReport.update({ where: { id: report.id }, data: { overdueNotifiedAt: new Date() } });
    const other = await createLocation();
    const row = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id }, select: { reporterId: true } });
    await db.userLocation.create({ data: { userId: row.reporterId, locationId: other.id } });
    const reporter = await sessionFor(row.reporterId);
    const submitted = () =>
      db.outboxEvent.findMany({ where: { type: "report.submitted", payload: { path: ["reportId"], equals: report.id } }, select: { payload: true } });
    // A correction in place tells nobody again.
    const kept = await editReport(reporter, editInput(report.id, location.id, report.version, { narrative: "Poprawiony opis zdarzenia przy kasie numer dwa." }));
    expect(await submitted()).toEqual([]);
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).overdueNotifiedAt).not.toBeNull();
    await editReport(reporter, editInput(report.id, other.id, kept.version));
    expect((await submitted()).map((event) => event.payload)).toEqual([{ reportId: report.id, actorId: row.reporterId, locationId: other.id }]);
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).overdueNotifiedAt).toBeNull();
  });

  it("keeps a customer description removed by retention removed when the report is corrected", async () => {
    const { report, reporter, location } = await fixture();
    const removedAt = new Date("2026-01-01T00:00:00Z");
    await db.refusalReport.update({ where: { id: report.id }, data: { customerDescription: "[usunięto]", customerDescriptionRedactedAt: removedAt } });
    const input = editInput(report.id, location.id, report.version, { narrative: "Poprawiony opis zdarzenia przy kasie.", customerDescription: "Mężczyzna ok. 40 lat, czerwona kurtka." });
    await editReport(reporter, input);
    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ narrative: "Poprawiony opis zdarzenia przy kasie.", customerDescription: "[usunięto]", customerDescriptionRedactedAt: removedAt });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id, action: "report.edited" } });
    expect((audit.data as { changed: string[] }).changed).not.toContain("customerDescription");
  });

  it("refuses corrections after a claim, on a stale version, to someone else's report and to a foreign location", async () => {
    const claimed = await fixture("IN_REVIEW");
    await expect(editReport(claimed.reporter, editInput(claimed.report.id, claimed.location.id, claimed.report.version))).rejects.toMatchObject({ code: "conflict" });
    await expect(withdrawReport(claimed.reporter, { reportId: claimed.report.id, expectedVersion: claimed.report.version, reason: null })).rejects.toMatchObject({ code: "conflict" });

    const open = await fixture();
    await expect(editReport(open.reporter, editInput(open.report.id, open.location.id, open.report.version + 1))).rejects.toMatchObject({ code: "conflict" });
    await expect(editReport(claimed.reporter, editInput(open.report.id, open.location.id, open.report.version))).rejects.toMatchObject({ code: "not_found" });
    const elsewhere = await createLocation();
    await expect(editReport(open.reporter, editInput(open.report.id, elsewhere.id, open.report.version))).rejects.toMatchObject({
      fieldErrors: { locationId: ["errors.locationNotYours"] },
    });
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: open.report.id } })).version).toBe(open.report.version);
  });

  it("refuses a correction or a withdrawal once the report was taken up, also after a release put it back in the queue", async () => {
    const { report, reporter, location, supervisor } = await fixture();
    const asSupervisor = await sessionFor(supervisor.id);
    const claimed = await claimReport(asSupervisor, { reportId: report.id, version: report.version });
    const released = await releaseReport(asSupervisor, { reportId: report.id, version: claimed.version });
    const back = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(back).toMatchObject({ status: "SUBMITTED", claimedAt: null, version: released.version });
    expect(back.firstClaimedAt).not.toBeNull();
    // The current version, so only "taken up once" can refuse it.
    await expect(editReport(reporter, editInput(report.id, location.id, released.version, { narrative: "Całkiem inna historia niż ta, którą czytał przełożony." }))).rejects.toMatchObject({ code: "conflict" });
    await expect(withdrawReport(reporter, { reportId: report.id, expectedVersion: released.version, reason: null })).rejects.toMatchObject({ code: "conflict" });
    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ status: "SUBMITTED", narrative: report.narrative, version: released.version });
    // A second claim keeps the first one's time.
    await claimReport(asSupervisor, { reportId: report.id, version: released.version });
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).firstClaimedAt).toEqual(back.firstClaimedAt);
  });

  it("withdraws an unclaimed report with an audit event", async () => {
    const { report, reporter } = await fixture();
    await withdrawReport(reporter, { reportId: report.id, expectedVersion: report.version, reason: "Pomyłka — zdarzenie zgłosiła koleżanka." });
    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.status).toBe("WITHDRAWN");
    const timeline = await reportTimeline(report.id, { audience: "reporter" });
    expect(timeline.map((entry) => [entry.action, entry.toStatus, entry.reason])).toEqual([
      ["report.withdrawn", "WITHDRAWN", "Pomyłka — zdarzenie zgłosiła koleżanka."],
    ]);
  });

  it("answers a question: message, status back to review, audit and outbox together", async () => {
    const { report, reporter, supervisor } = await fixture("NEEDS_INFO");
    await db.reportMessage.create({ data: { reportId: report.id, authorId: supervisor.id, kind: "QUESTION", body: "Czy był świadek?" } });
    expect((await openQuestion(report))?.body).toBe("Czy był świadek?");
    await answerQuestion(reporter, { reportId: report.id, expectedVersion: report.version, body: "Tak, koleżanka z kasy 2 😊" });

    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", version: report.version + 1, assigneeId: supervisor.id });
    const timeline = await reportTimeline(report.id, { audience: "reporter" });
    expect(timeline.at(-1)).toMatchObject({ action: "report.info_answered", message: { kind: "ANSWER", body: "Tak, koleżanka z kasy 2 😊" } });
    const outbox = await db.outboxEvent.findMany({ where: { payload: { path: ["reportId"], equals: report.id } } });
    expect(outbox.map((event) => event.type)).toEqual(["report.info_answered"]);

    // A second answer to the same (now answered) question is a conflict, storing nothing.
    await expect(answerQuestion(reporter, { reportId: report.id, expectedVersion: after.version, body: "Jeszcze raz" })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.reportMessage.count({ where: { reportId: report.id, kind: "ANSWER" } })).toBe(1);
  });

  it("sends an answer to the location's queue when whoever asked can no longer review the report", async () => {
    for (const lostAccess of [
      { active: false },
      { role: "EMPLOYEE" as const },
      { supervisions: { deleteMany: {} } },
    ]) {
      const { report, reporter, supervisor, location } = await fixture("NEEDS_INFO");
      const colleague = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
      await db.user.update({ where: { id: supervisor.id }, data: lostAccess });
      await answerQuestion(reporter, { reportId: report.id, expectedVersion: report.version, body: "Świadkiem była kierowniczka zmiany." });

      const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
      expect(after).toMatchObject({ status: "SUBMITTED", assigneeId: null, claimedAt: null, version: report.version + 1 });
      const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id, action: "report.info_answered" } });
      expect(audit).toMatchObject({ fromStatus: "NEEDS_INFO", toStatus: "SUBMITTED", data: { holderId: supervisor.id, why: "holder_cannot_review" } });
      // Any reviewer of the location can take it from there.
      await claimReport(await sessionFor(colleague.id), { reportId: report.id, version: after.version });
      expect(await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "IN_REVIEW", assigneeId: colleague.id });
    }
  });

  it("a correction racing retention does not write the removed customer description back", async () => {
    const { report, reporter, location } = await fixture();
    await db.refusalReport.update({ where: { id: report.id }, data: { customerDescription: "Mężczyzna w czerwonej kurtce" } });
    // Retention redacts the report (without a new version) and has not committed yet.
    const retention = await holdTransaction((tx) =>
      tx.refusalReport.update({ where: { id: report.id }, data: { customerDescription: RETENTION_MARKER, customerDescriptionRedactedAt: new Date() } }),
    );
    try {
      const editing = editReport(reporter, editInput(report.id, location.id, report.version, { customerDescription: "Mężczyzna w czerwonej kurtce" }));
      await untilWaitersOn(retention.pid);
      await retention.commit();
      await editing;
    } finally {
      await retention.commit();
    }
    expect(await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ customerDescription: RETENTION_MARKER });
  });

  it("waits for an admin's change of the holder that is still in flight, and then sends the answer to the queue", async () => {
    const { report, reporter, supervisor, location } = await fixture("NEEDS_INFO");
    // The admin takes the holder off the location; their transaction has not committed yet.
    const admin = await holdTransaction((tx) =>
      tx.supervisorAssignment.delete({ where: { userId_locationId: { userId: supervisor.id, locationId: location.id } } }),
    );
    try {
      const answering = answerQuestion(reporter, { reportId: report.id, expectedVersion: report.version, body: "Był świadek." });
      // The answer waits on the admin's change rather than reading "still assigned" past it.
      await untilWaitersOn(admin.pid);
      await admin.commit();
      await answering;
    } finally {
      await admin.commit();
    }
    expect(await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "SUBMITTED", assigneeId: null });
  });

  it("does not let anyone else answer", async () => {
    const { report, location } = await fixture("NEEDS_INFO");
    const colleague = await sessionFor((await createUser({ locations: [location.id] })).id);
    await expect(answerQuestion(colleague, { reportId: report.id, expectedVersion: report.version, body: "Nie moje" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("reading a report", () => {
  it("finds the person's own report and nobody else's by number", async () => {
    const { report, reporter, location, supervisor } = await fixture();
    const colleague = await sessionFor((await createUser({ locations: [location.id] })).id);
    const otherSupervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [(await createLocation()).id] })).id);
    expect((await getReportByNumber(reporter, report.number))?.id).toBe(report.id);
    expect((await getReportByNumber(await sessionFor(supervisor.id), report.number))?.id).toBe(report.id);
    expect(await getReportByNumber(colleague, report.number)).toBeNull();
    expect(await getReportByNumber(otherSupervisor, report.number)).toBeNull();
  });
});
