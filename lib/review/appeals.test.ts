import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { reportTimeline } from "@/lib/reports/detail";
import { createUser, sessionFor } from "@/test/factories";
import { RATIONALE, decisionInput, reasonId, reviewFixture } from "@/test/review";
import { appealDecision, appealState, resolveAppeal } from "./appeals";
import { decideReport, reopenReport } from "./decide";
import { claimReport, releaseReport, requestInfo } from "./workflow";

const DAY = 86_400_000;
const outcomeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string; details?: { reason?: string } }) => [error.code, error.details?.reason].filter(Boolean).join(":"),
  );

/** A report decided "not justified" by the fixture's supervisor. */
async function decidedAgainst() {
  const fixture = await reviewFixture("IN_REVIEW");
  const { version } = await decideReport(fixture.asSupervisor, await decisionInput(fixture.report.id, fixture.report.version));
  return { ...fixture, version };
}

async function resolution(reportId: string, version: number, resolution: "UPHELD" | "OVERTURNED") {
  return {
    reportId,
    version,
    resolution,
    reasonCodeId: await reasonId(resolution === "UPHELD" ? "NOT_JUSTIFIED" : "JUSTIFIED"),
    rationale: `${RATIONALE} Odwołanie rozpatrzone.`,
    followUpActions: ["NO_ACTION" as const],
  };
}

// Generous limit: these run real transactions on a machine shared with other builds.
describe("appeals", { timeout: 120_000 }, () => {
  it("refuses a resolution by a supervisor taken off the location after their session was read; HR still resolves it", async () => {
    const { report, colleague, location, asEmployee, asColleague, asHr, version } = await decidedAgainst();
    const appealed = await appealDecision(asEmployee, { reportId: report.id, version, reason: "Klient groził mi, świadek to potwierdzi." });
    await db.supervisorAssignment.delete({ where: { userId_locationId: { userId: colleague.id, locationId: location.id } } });
    expect(await outcomeOf(resolveAppeal(asColleague, await resolution(report.id, appealed.version, "OVERTURNED")))).toBe("forbidden:noLongerReviewer");
    expect(await outcomeOf(resolveAppeal(asHr, await resolution(report.id, appealed.version, "OVERTURNED")))).toBe("ok");
  });

  it("lets the reporter appeal once; a different reviewer overturns it and the original decision stays", async () => {
    const { report, employee, colleague, asEmployee, asSupervisor, asColleague, version } = await decidedAgainst();
    const appealed = await appealDecision(asEmployee, { reportId: report.id, version, reason: "Klient groził mi, świadek to potwierdzi." });
    const appeal = await db.appeal.findUniqueOrThrow({ where: { reportId: report.id } });
    expect(appeal).toMatchObject({ id: appealed.appealId, appellantId: employee.id });
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("APPEALED");

    expect(await outcomeOf(resolveAppeal(asSupervisor, await resolution(report.id, appealed.version, "UPHELD")))).toBe("forbidden:ownDecision");
    const resolved = await resolveAppeal(asColleague, await resolution(report.id, appealed.version, "OVERTURNED"));

    const decisions = await db.decision.findMany({ where: { reportId: report.id }, orderBy: { createdAt: "asc" } });
    expect(decisions.map((d) => [d.kind, d.outcome, d.appealId])).toEqual([
      ["INITIAL", "NOT_JUSTIFIED", null],
      ["APPEAL_OVERTURNED", "JUSTIFIED", appeal.id],
    ]);
    expect(decisions[1]).toMatchObject({ id: resolved.decisionId, reviewerId: colleague.id });
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("JUSTIFIED");
    const events = await db.auditEvent.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ["report.decided", "IN_REVIEW", "NOT_JUSTIFIED"],
      ["report.appealed", "NOT_JUSTIFIED", "APPEALED"],
      ["report.appeal_resolved", "APPEALED", "JUSTIFIED"],
    ]);
    expect(events[1].reason).toBe("Klient groził mi, świadek to potwierdzi.");
    // The history shows the appellant's reason on the appeal, and each decision on the step that made it.
    const timeline = await reportTimeline(report.id, { audience: "reporter" });
    const byAction = Object.fromEntries(timeline.map((entry) => [entry.action, entry]));
    expect(byAction["report.appealed"]).toMatchObject({ reason: "Klient groził mi, świadek to potwierdzi.", decision: null });
    expect(byAction["report.decided"].decision).toMatchObject({ outcome: "NOT_JUSTIFIED", rationale: RATIONALE });
    expect(byAction["report.appeal_resolved"].decision).toMatchObject({ outcome: "JUSTIFIED" });
  });

  it("allows one appeal only, even after it was resolved and the report decided again", async () => {
    const { report, asEmployee, asColleague, version } = await decidedAgainst();
    const appealed = await appealDecision(asEmployee, { reportId: report.id, version, reason: "Nie zgadzam się z decyzją." });
    const upheld = await resolveAppeal(asColleague, await resolution(report.id, appealed.version, "UPHELD"));
    expect(await outcomeOf(appealDecision(asEmployee, { reportId: report.id, version: upheld.version, reason: "Jeszcze raz proszę." }))).toBe(
      "forbidden:alreadyAppealed",
    );
    expect(await db.appeal.count({ where: { reportId: report.id } })).toBe(1);
  });

  it("keeps the appealed decision's reviewer from reopening, claiming, questioning or deciding the report after the appeal's ruling; another reviewer may", async () => {
    const { report, asEmployee, asSupervisor, asColleague, version } = await decidedAgainst();
    const appealed = await appealDecision(asEmployee, { reportId: report.id, version, reason: "Nie zgadzam się z decyzją." });
    const overturned = await resolveAppeal(asColleague, await resolution(report.id, appealed.version, "OVERTURNED"));
    const reopen = { reportId: report.id, version: overturned.version, reason: "Chcę ponownie rozpatrzyć zgłoszenie." };
    expect(await outcomeOf(reopenReport(asSupervisor, reopen))).toBe("forbidden:appealedDecision");
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("JUSTIFIED");
    // A colleague reopens it; the first reviewer may not take it from there either.
    const reopened = await reopenReport(asColleague, reopen);
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("IN_REVIEW");
    expect(await outcomeOf(decideReport(asSupervisor, await decisionInput(report.id, reopened.version)))).toBe("forbidden:appealedDecision");
    const question = { reportId: report.id, version: reopened.version, question: "Czy ktoś jeszcze to widział?" };
    expect(await outcomeOf(requestInfo(asSupervisor, question))).toBe("forbidden:appealedDecision");
    expect(await db.reportMessage.count({ where: { reportId: report.id } })).toBe(0);
    await releaseReport(asColleague, { reportId: report.id, version: reopened.version });
    const released = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(released.status).toBe("SUBMITTED");
    expect(await outcomeOf(claimReport(asSupervisor, { reportId: report.id, version: released.version }))).toBe("forbidden:appealedDecision");
    // Their one decision is the appealed one.
    expect(await db.decision.count({ where: { reportId: report.id, reviewerId: asSupervisor.id } })).toBe(1);
  });

  it("refuses an appeal after 14 days, from anyone but the reporter, or of a justified decision", async () => {
    const { report, asEmployee, asSupervisor, location, version } = await decidedAgainst();
    const stranger = await sessionFor((await createUser({ locations: [location.id] })).id);
    const input = { reportId: report.id, version, reason: "Nie zgadzam się z decyzją." };
    expect(await outcomeOf(appealDecision(stranger, input))).toBe("not_found");
    expect(await outcomeOf(appealDecision(asSupervisor, input))).toBe("forbidden:notReporter");

    // Inserting is allowed (only UPDATE and DELETE are not): a decision made 15 days ago.
    const late = await reviewFixture("NOT_JUSTIFIED");
    const decidedAt = new Date(Date.now() - 15 * DAY);
    await db.decision.create({
      data: {
        reportId: late.report.id,
        reviewerId: late.supervisor.id,
        outcome: "NOT_JUSTIFIED",
        reasonCodeId: await reasonId("NOT_JUSTIFIED"),
        rationale: RATIONALE,
        followUpActions: ["TALK_WITH_EMPLOYEE"],
        createdAt: decidedAt,
      },
    });
    const lateInput = { reportId: late.report.id, version: late.report.version, reason: "Nie zgadzam się z decyzją." };
    expect(await outcomeOf(appealDecision(late.asEmployee, lateInput))).toBe("forbidden:windowClosed");
    const justInTime = await appealState(db, late.asEmployee, late.report, new Date(decidedAt.getTime() + 14 * DAY - 1000));
    expect(justInTime).toMatchObject({ canAppeal: true });
    expect(await outcomeOf(appealDecision(asEmployee, { ...input, reportId: crypto.randomUUID() }))).toBe("not_found");

    const fair = await reviewFixture("IN_REVIEW");
    const justified = await decideReport(fair.asSupervisor, await decisionInput(fair.report.id, fair.report.version, "JUSTIFIED"));
    expect(await outcomeOf(appealDecision(fair.asEmployee, { reportId: fair.report.id, version: justified.version, reason: "Nie zgadzam się." }))).toBe(
      "forbidden:notDecidedAgainst",
    );
  });

  it("lets HR resolve an appeal anywhere, but not a supervisor of another location", async () => {
    const { report, asEmployee, asHr, asOutsider, version } = await decidedAgainst();
    const appealed = await appealDecision(asEmployee, { reportId: report.id, version, reason: "Proszę o ponowne rozpatrzenie." });
    expect(await outcomeOf(resolveAppeal(asOutsider, await resolution(report.id, appealed.version, "UPHELD")))).toBe("forbidden:outOfScope");
    expect(await outcomeOf(resolveAppeal(asHr, await resolution(report.id, appealed.version, "UPHELD")))).toBe("ok");
    const last = await db.decision.findFirstOrThrow({ where: { reportId: report.id }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ kind: "APPEAL_UPHELD", outcome: "NOT_JUSTIFIED", reviewerId: asHr.id });
  });
});
