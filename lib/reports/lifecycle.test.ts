import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import { createLocation, createReport, createUser } from "@/test/factories";
import { applyTransition } from "./lifecycle";
import { TRANSITIONS, isAllowed, type TransitionName } from "./transitions";

const STATUSES: ReportStatus[] = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "JUSTIFIED", "NOT_JUSTIFIED", "APPEALED", "WITHDRAWN"];

async function fixture(status: ReportStatus = "SUBMITTED") {
  const location = await createLocation();
  const employee = await createUser({ locations: [location.id] });
  const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  // Held by the supervisor once past the queue, as the services leave it.
  const held = status !== "SUBMITTED" && status !== "WITHDRAWN";
  const report = await createReport(employee.id, location.id, { status, assigneeId: held ? supervisor.id : null });
  return { location, employee, supervisor, report };
}

describe("report lifecycle", () => {
  it("allows exactly the transitions of the design", () => {
    const allowed = Object.entries(TRANSITIONS).flatMap(([name, rule]) =>
      rule.from.flatMap((from) => rule.to.map((to) => `${name}:${from}->${to}`)),
    );
    expect(allowed.sort()).toEqual(
      [
        "edit:SUBMITTED->SUBMITTED",
        "withdraw:SUBMITTED->WITHDRAWN",
        "claim:SUBMITTED->IN_REVIEW",
        "release:IN_REVIEW->SUBMITTED",
        "requestInfo:IN_REVIEW->NEEDS_INFO",
        "answer:NEEDS_INFO->IN_REVIEW",
        "answer:NEEDS_INFO->SUBMITTED",
        "decide:IN_REVIEW->JUSTIFIED",
        "decide:IN_REVIEW->NOT_JUSTIFIED",
        "reopen:JUSTIFIED->IN_REVIEW",
        "reopen:NOT_JUSTIFIED->IN_REVIEW",
        "appeal:NOT_JUSTIFIED->APPEALED",
        "resolveAppeal:APPEALED->NOT_JUSTIFIED",
        "resolveAppeal:APPEALED->JUSTIFIED",
      ].sort(),
    );
    expect(isAllowed("decide", "SUBMITTED", "JUSTIFIED")).toBe(false);
    expect(isAllowed("claim", "WITHDRAWN", "IN_REVIEW")).toBe(false);
  });

  it("refuses every transition from a status it does not start from, changing nothing", async () => {
    // Every status there is: a new one must be placed in the design, not skipped here.
    expect([...STATUSES].sort()).toEqual(Object.values(ReportStatus).sort());
    let refused = 0;
    for (const [name, rule] of Object.entries(TRANSITIONS) as [TransitionName, (typeof TRANSITIONS)[TransitionName]][]) {
      for (const wrong of STATUSES.filter((status) => !(rule.from as readonly string[]).includes(status))) {
        const { report, supervisor } = await fixture(wrong);
        await expect(
          db.$transaction((tx) =>
            applyTransition(tx, { reportId: report.id, expectedVersion: report.version, transition: name, actorId: supervisor.id, to: rule.to[0] }),
          ),
          `${name} from ${wrong}`,
        ).rejects.toMatchObject({ code: "conflict" });
        const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
        expect({ name, status: after.status, version: after.version }).toEqual({ name, status: wrong, version: report.version });
        expect(await db.auditEvent.count({ where: { reportId: report.id } }), `${name} from ${wrong}`).toBe(0);
        refused++;
      }
    }
    // 10 transitions × 7 statuses, less the 11 starting points of the table above.
    expect(refused).toBe(10 * 7 - 11);
  }, 120_000);

  it("moves the report, bumps the version and writes audit and outbox rows in one transaction", async () => {
    const { report, supervisor } = await fixture();
    const result = await db.$transaction((tx) =>
      applyTransition(tx, {
        reportId: report.id,
        expectedVersion: report.version,
        transition: "claim",
        actorId: supervisor.id,
        patch: { assigneeId: supervisor.id, claimedAt: new Date() },
        outbox: { type: "report.claimed" },
      }),
    );
    expect(result).toEqual({ from: "SUBMITTED", to: "IN_REVIEW", version: report.version + 1 });
    const after = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", version: report.version + 1, assigneeId: supervisor.id });
    const audit = await db.auditEvent.findMany({ where: { reportId: report.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "report.claimed", fromStatus: "SUBMITTED", toStatus: "IN_REVIEW", actorId: supervisor.id });
    const outbox = await db.outboxEvent.findMany({ where: { payload: { path: ["reportId"], equals: report.id } } });
    expect(outbox.map((event) => event.type)).toEqual(["report.claimed"]);
  });

  it("lets exactly one of two concurrent transitions on the same version win", async () => {
    const { report, supervisor } = await fixture();
    const other = await createUser({ role: "SUPERVISOR", supervises: [report.locationId] });
    const attempt = (actorId: string) =>
      db.$transaction((tx) =>
        applyTransition(tx, { reportId: report.id, expectedVersion: report.version, transition: "claim", actorId, patch: { assigneeId: actorId } }),
      );
    const results = await Promise.allSettled([attempt(supervisor.id), attempt(other.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "conflict" });
    expect(await db.auditEvent.count({ where: { reportId: report.id } })).toBe(1);
  });

  it("keeps decisions and audit events append-only in the database itself", async () => {
    const { report, supervisor } = await fixture();
    await db.$transaction((tx) =>
      applyTransition(tx, { reportId: report.id, expectedVersion: report.version, transition: "claim", actorId: supervisor.id, patch: { assigneeId: supervisor.id } }),
    );
    await expect(db.auditEvent.updateMany({ where: { reportId: report.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { reportId: report.id } })).rejects.toThrow(/append-only/);
    const events = await db.auditEvent.findMany({ where: { reportId: report.id } });
    expect(events).toHaveLength(1);
    expect(events[0].reason).toBeNull();
  });
  it("has the database refuse a report in review with no holder, or in the queue with one", async () => {
    const { report, supervisor } = await fixture();
    await expect(db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW" } })).rejects.toThrow(/RefusalReport_in_review_has_holder/);
    await expect(db.refusalReport.update({ where: { id: report.id }, data: { assigneeId: supervisor.id } })).rejects.toThrow(/RefusalReport_submitted_has_no_holder/);
    expect(await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "SUBMITTED", assigneeId: null });
    // Held, then released as the services do: both allowed.
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW", assigneeId: supervisor.id } });
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "SUBMITTED", assigneeId: null } });
  });
});
