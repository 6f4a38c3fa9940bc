import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { createReport } from "@/test/factories";
import { holdTransaction, untilWaitersOn } from "@/test/locks";
import { RATIONALE, currentVersion, decisionInput, reviewFixture } from "@/test/review";
import { decideReport, reopenReport } from "./decide";
import { claimReport, releaseReport, requestInfo } from "./workflow";

const STATUSES: ReportStatus[] = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "JUSTIFIED", "NOT_JUSTIFIED", "APPEALED", "WITHDRAWN"];

type Attempt = (user: SessionUser, reportId: string, version: number) => Promise<unknown>;
const SERVICES: Record<string, { from: ReportStatus[]; to: ReportStatus; run: Attempt }> = {
  claim: { from: ["SUBMITTED"], to: "IN_REVIEW", run: (u, reportId, version) => claimReport(u, { reportId, version }) },
  release: { from: ["IN_REVIEW"], to: "SUBMITTED", run: (u, reportId, version) => releaseReport(u, { reportId, version }) },
  requestInfo: {
    from: ["IN_REVIEW"],
    to: "NEEDS_INFO",
    run: (u, reportId, version) => requestInfo(u, { reportId, version, question: "Czy ktoś jeszcze to widział?" }),
  },
  decide: { from: ["IN_REVIEW"], to: "NOT_JUSTIFIED", run: async (u, reportId, version) => decideReport(u, await decisionInput(reportId, version)) },
  reopen: {
    from: ["JUSTIFIED", "NOT_JUSTIFIED"],
    to: "IN_REVIEW",
    run: (u, reportId, version) => reopenReport(u, { reportId, version, reason: "Nowe nagranie z monitoringu." }),
  },
};

const outcomeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string; name?: string }) => (error.name === "AppError" ? error.code : String(error)),
  );

// Generous limit: these run real transactions on a machine shared with other builds.
describe("review transitions", { timeout: 120_000 }, () => {
  // One test per service keeps each well inside the time limit on a busy machine.
  for (const [name, service] of Object.entries(SERVICES)) {
    it(`${name}: allowed exactly from ${service.from.join(", ")}; from any other status a conflict that changes nothing`, async () => {
      const { location, employee, supervisor, asSupervisor } = await reviewFixture();
      for (const status of STATUSES) {
        const report = await createReport(employee.id, location.id, { status, assigneeId: status === "SUBMITTED" ? null : supervisor.id });
        const result = await outcomeOf(service.run(asSupervisor, report.id, report.version));
        const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
        if (service.from.includes(status)) {
          expect(result, `${name} from ${status}`).toBe("ok");
          expect(after.status).toBe(service.to);
          expect(after.version).toBe(report.version + 1);
        } else {
          expect(result, `${name} from ${status}`).toBe("conflict");
          expect(after.status).toBe(status);
          expect(after.version).toBe(report.version);
          expect(await db.auditEvent.count({ where: { reportId: report.id } })).toBe(0);
        }
      }
    });
  }

  it("applies the scope for each role: 403 outside it, 404 for a report that does not exist", async () => {
    for (const [name, service] of Object.entries(SERVICES)) {
      const { report, asEmployee, asOutsider, asHr, asAdmin } = await reviewFixture(service.from[0]);
      for (const user of [asEmployee, asOutsider, asHr]) {
        expect(await outcomeOf(service.run(user, report.id, report.version)), `${name} by ${user.role}`).toBe("forbidden");
      }
      expect(await outcomeOf(service.run(asAdmin, crypto.randomUUID(), 1)), `${name} missing`).toBe("not_found");
      expect(await outcomeOf(service.run(asAdmin, report.id, report.version)), `${name} by admin`).toBe("ok");
    }
  });

  it("refuses a claim by a supervisor taken off the location after their session was read, also while that change is in flight", async () => {
    const { report, supervisor, colleague, location, asSupervisor, asColleague } = await reviewFixture();
    // Committed before the claim: the session still lists the location, the database no longer does.
    await db.supervisorAssignment.delete({ where: { userId_locationId: { userId: supervisor.id, locationId: location.id } } });
    await expect(claimReport(asSupervisor, { reportId: report.id, version: report.version })).rejects.toMatchObject({
      code: "forbidden",
      details: { reason: "noLongerReviewer" },
    });
    // In flight: the admin's transaction has not committed when the claim arrives; the claim waits for it.
    const admin = await holdTransaction((tx) =>
      tx.supervisorAssignment.delete({ where: { userId_locationId: { userId: colleague.id, locationId: location.id } } }),
    );
    try {
      const claiming = claimReport(asColleague, { reportId: report.id, version: report.version });
      const settled = claiming.then(() => "ok", (error: { details?: { reason?: string } }) => error.details?.reason);
      await untilWaitersOn(admin.pid);
      await admin.commit();
      expect(await settled).toBe("noLongerReviewer");
    } finally {
      await admin.commit();
    }
    expect(await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "SUBMITTED", assigneeId: null });
  });

  it("records the claim holder, lets only the holder release, and shows who holds it", async () => {
    const { report, supervisor, asSupervisor, asColleague } = await reviewFixture();
    await claimReport(asSupervisor, { reportId: report.id, version: report.version });
    const claimed = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id }, include: { assignee: true } });
    expect(claimed.assignee?.name).toBe(supervisor.name);
    expect(claimed.claimedAt).not.toBeNull();
    expect(await outcomeOf(releaseReport(asColleague, { reportId: report.id, version: claimed.version }))).toBe("forbidden");
    await releaseReport(asSupervisor, { reportId: report.id, version: claimed.version });
    expect(await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "SUBMITTED", assigneeId: null });
  });

  it("keeps the question in the report's thread", async () => {
    const { report, supervisor, asSupervisor } = await reviewFixture("IN_REVIEW");
    const { messageId } = await requestInfo(asSupervisor, { reportId: report.id, version: report.version, question: "  Kto był świadkiem?  " });
    const message = await db.reportMessage.findUniqueOrThrow({ where: { id: messageId } });
    expect(message).toMatchObject({ reportId: report.id, authorId: supervisor.id, kind: "QUESTION", body: "Kto był świadkiem?" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id } });
    expect(audit.data).toEqual({ messageId });
  });

  it("refuses a supervisor reviewing a report they filed themselves", async () => {
    const { location, supervisor, asSupervisor } = await reviewFixture();
    const own = await createReport(supervisor.id, location.id);
    expect(await outcomeOf(claimReport(asSupervisor, { reportId: own.id, version: own.version }))).toBe("forbidden");
    const ownInReview = await createReport(supervisor.id, location.id, { status: "IN_REVIEW", assigneeId: supervisor.id });
    expect(await outcomeOf(decideReport(asSupervisor, await decisionInput(ownInReview.id, ownInReview.version)))).toBe("forbidden");
    expect(await db.decision.count({ where: { reportId: ownInReview.id } })).toBe(0);
  });

  it("requires a reason code of the outcome chosen", async () => {
    const { report, asSupervisor } = await reviewFixture("IN_REVIEW");
    const input = { ...(await decisionInput(report.id, report.version, "JUSTIFIED")), outcome: "NOT_JUSTIFIED" as const };
    await expect(decideReport(asSupervisor, input)).rejects.toMatchObject({ code: "validation", fieldErrors: { reasonCodeId: ["reasonMismatch"] } });
    expect(await currentVersion(report.id)).toBe(report.version);
  });

  it("writes exactly one audit event per transition, with actor, statuses and reason", async () => {
    const { report, employee, supervisor, colleague, asSupervisor, asColleague } = await reviewFixture();
    let version = report.version;
    ({ version } = await claimReport(asSupervisor, { reportId: report.id, version }));
    ({ version } = await requestInfo(asSupervisor, { reportId: report.id, version, question: "Czy klient podał powód?" }));
    // The employee's answer (built by the filing feature) is the same kind of transition.
    const { applyTransition } = await import("@/lib/reports/lifecycle");
    ({ version } = await db.$transaction((tx) =>
      applyTransition(tx, { reportId: report.id, expectedVersion: version, transition: "answer", actorId: employee.id }),
    ));
    ({ version } = await decideReport(asSupervisor, await decisionInput(report.id, version, "JUSTIFIED")));
    ({ version } = await reopenReport(asColleague, { reportId: report.id, version, reason: "Klient złożył skargę z nagraniem." }));
    ({ version } = await decideReport(asColleague, await decisionInput(report.id, version, "NOT_JUSTIFIED")));

    const events = await db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.fromStatus, e.toStatus, e.reason])).toEqual([
      ["report.claimed", supervisor.id, "SUBMITTED", "IN_REVIEW", null],
      ["report.info_requested", supervisor.id, "IN_REVIEW", "NEEDS_INFO", null],
      ["report.info_answered", employee.id, "NEEDS_INFO", "IN_REVIEW", null],
      ["report.decided", supervisor.id, "IN_REVIEW", "JUSTIFIED", null],
      ["report.reopened", colleague.id, "JUSTIFIED", "IN_REVIEW", "Klient złożył skargę z nagraniem."],
      ["report.decided", colleague.id, "IN_REVIEW", "NOT_JUSTIFIED", null],
    ]);
    expect(version).toBe(report.version + 6);
    const outbox = await db.outboxEvent.findMany({ where: { payload: { path: ["reportId"], equals: report.id } }, orderBy: { id: "asc" } });
    expect(outbox.map((e) => e.type)).toEqual(["report.claimed", "report.info_requested", "report.decided", "report.reopened", "report.decided"]);
  });

  it("keeps the earlier decision when a report is reopened and decided again", async () => {
    const { report, asSupervisor } = await reviewFixture("IN_REVIEW");
    const first = await decideReport(asSupervisor, await decisionInput(report.id, report.version, "JUSTIFIED"));
    const reopened = await reopenReport(asSupervisor, { reportId: report.id, version: first.version, reason: "Pojawiło się nagranie." });
    expect(await db.decision.count({ where: { reportId: report.id } })).toBe(1);
    await decideReport(asSupervisor, { ...(await decisionInput(report.id, reopened.version)), rationale: `${RATIONALE} Po nagraniu.` });
    const decisions = await db.decision.findMany({ where: { reportId: report.id }, orderBy: { createdAt: "asc" } });
    expect(decisions.map((d) => [d.kind, d.outcome])).toEqual([
      ["INITIAL", "JUSTIFIED"],
      ["AFTER_REOPEN", "NOT_JUSTIFIED"],
    ]);
    expect(decisions[0].id).toBe(first.decisionId);
    expect(decisions[0].rationale).toBe(RATIONALE);
    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.status).toBe("NOT_JUSTIFIED");
    expect(after.firstDecidedAt?.getTime()).toBe(decisions[0].createdAt.getTime());
  });

  it("names who decided first when a stale decide loses", async () => {
    const { report, supervisor, asSupervisor, asColleague } = await reviewFixture("IN_REVIEW");
    await decideReport(asSupervisor, await decisionInput(report.id, report.version));
    await expect(decideReport(asColleague, await decisionInput(report.id, report.version, "JUSTIFIED"))).rejects.toMatchObject({
      code: "conflict",
      details: { actorName: supervisor.name, action: "report.decided" },
    });
  });
});
