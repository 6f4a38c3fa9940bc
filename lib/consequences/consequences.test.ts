import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseFilter, resolveFilter } from "@/lib/dashboard/filters";
import { marchFixture } from "@/lib/dashboard/fixture.test-helpers";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { consequenceComparison } from "./queries";
import { recordConsequenceSchema } from "./schema";
import { reportTimeline } from "@/lib/reports/detail";
import { recordConsequence } from "./service";

let f: Awaited<ReturnType<typeof marchFixture>>;
beforeAll(async () => {
  f = await marchFixture();
  await db.refusalReport.update({ where: { id: f.reports.appealed.id }, data: { riskBadReview: true } });
});

const record = (user: typeof f.hr, reportId: string, kind: string, now = f.now) =>
  recordConsequence(user, recordConsequenceSchema.parse({ reportId, kind }), now);

describe("consequences", () => {
  it("records what followed, audited, within the person's scope", async () => {
    const consequence = await record(f.supervisorA, f.reports.notJustified.id, "LEGAL_CLAIM");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: consequence.id } });
    expect(audit).toMatchObject({ action: "report.consequence_recorded", actorId: f.supervisorA.id, reportId: f.reports.notJustified.id, data: { kind: "LEGAL_CLAIM" } });
    // Location B is not the supervisor's: the report does not exist for them.
    await expect(record(f.supervisorA, f.reports.inReview.id, "CUSTOMER_COMPLAINT")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.consequence.count({ where: { reportId: f.reports.inReview.id } })).toBe(0);
    // Reviewers and HR see it in the report's history; the reporter's own view leaves it out.
    const actions = async (audience: "reporter" | "staff") => (await reportTimeline(f.reports.notJustified.id, { audience })).map((entry) => entry.action);
    expect(await actions("staff")).toContain("report.consequence_recorded");
    expect(await actions("reporter")).not.toContain("report.consequence_recorded");
  });

  it("refuses a supervisor consequences on a report they filed themselves", async () => {
    const location = await createLocation();
    const supervisor = await createUser({ role: "SUPERVISOR", locations: [location.id], supervises: [location.id] });
    const own = await createReport(supervisor.id, location.id, { status: "SUBMITTED" });
    const asSupervisor = await sessionFor(supervisor.id);
    await expect(record(asSupervisor, own.id, "CUSTOMER_COMPLAINT")).rejects.toMatchObject({ code: "not_found" });
    expect(await db.consequence.count({ where: { reportId: own.id } })).toBe(0);
    // Another's report at the same location is theirs to record on.
    const employee = await createUser({ locations: [location.id] });
    const theirs = await createReport(employee.id, location.id, { status: "SUBMITTED" });
    await expect(record(asSupervisor, theirs.id, "CUSTOMER_COMPLAINT")).resolves.toMatchObject({ kind: "CUSTOMER_COMPLAINT" });
  });

  it("records each kind once, and 'nothing after 30 days' only alone and after 30 days", async () => {
    await record(f.hr, f.reports.appealed.id, "BAD_PUBLIC_REVIEW");
    await expect(record(f.hr, f.reports.appealed.id, "BAD_PUBLIC_REVIEW")).rejects.toMatchObject({ code: "conflict", message: "already_recorded" });
    await expect(record(f.hr, f.reports.appealed.id, "NONE_AFTER_30_DAYS")).rejects.toMatchObject({ code: "conflict", message: "none_with_others" });
    await record(f.hr, f.reports.appealed.id, "CUSTOMER_COMPLAINT");
    // The 20 March incident, on 10 April: 21 days.
    await expect(record(f.hr, f.reports.submitted.id, "NONE_AFTER_30_DAYS", new Date("2026-04-10T10:00:00Z"))).rejects.toMatchObject({
      code: "validation",
      message: "too_early",
    });
    await record(f.hr, f.reports.justified1.id, "NONE_AFTER_30_DAYS");
    expect(recordConsequenceSchema.safeParse({ reportId: f.reports.justified1.id, kind: "LAWSUIT" }).success).toBe(false);
    expect(recordConsequenceSchema.safeParse({ reportId: f.reports.justified1.id, kind: "LEGAL_CLAIM", extra: 1 }).success).toBe(false);
  });

  it("records a kind once when the same request arrives several times at once", async () => {
    // Several at once, from both people who may record it: without the
    // report's row lock, more than one of them read "nothing recorded yet".
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => record(i % 2 ? f.hr : f.supervisorA, f.reports.april.id, "CUSTOMER_COMPLAINT")),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    expect(attempts.find((attempt) => attempt.status === "rejected")).toMatchObject({ reason: { code: "conflict", message: "already_recorded" } });
    expect(await db.consequence.count({ where: { reportId: f.reports.april.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { reportId: f.reports.april.id, action: "report.consequence_recorded" } })).toBe(1);
  });

  it("refuses a note PostgreSQL could not store as a validation error", () => {
    const parsed = recordConsequenceSchema.safeParse({ reportId: f.reports.justified2.id, kind: "LEGAL_CLAIM", note: "a\u0000b" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["note"], message: "invalid" });
  });

  it("sets the foreseen risks against what followed", async () => {
    const rows = await consequenceComparison(f.hr, resolveFilter(parseFilter(f.params()).data!, f.now));
    expect(rows).toEqual([
      { risk: "BAD_REVIEW", reports: 1, followedUp: 1, complaint: 1, badReview: 1, legalClaim: 0, nothing: 0 },
      { risk: "LOST_CUSTOMER", reports: 0, followedUp: 0, complaint: 0, badReview: 0, legalClaim: 0, nothing: 0 },
      { risk: "LEGAL", reports: 1, followedUp: 1, complaint: 0, badReview: 0, legalClaim: 1, nothing: 0 },
      { risk: "NONE", reports: 5, followedUp: 1, complaint: 0, badReview: 0, legalClaim: 0, nothing: 1 },
    ]);
  });

  it("counts a report that foresaw two risks under each of them", async () => {
    const filter = resolveFilter(parseFilter(f.params()).data!, f.now);
    const before = await consequenceComparison(f.hr, filter);
    // The legal-risk report (with its legal claim) now also foresaw a lost customer.
    await db.refusalReport.update({ where: { id: f.reports.notJustified.id }, data: { riskLostCustomer: true } });
    const lostCustomer = { risk: "LOST_CUSTOMER", reports: 1, followedUp: 1, complaint: 0, badReview: 0, legalClaim: 1, nothing: 0 };
    expect(await consequenceComparison(f.hr, filter)).toEqual(before.map((row) => (row.risk === "LOST_CUSTOMER" ? lostCustomer : row)));
  });
});
