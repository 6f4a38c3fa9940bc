import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser } from "@/test/factories";
import { byLocation } from "./breakdowns";
import { parseFilter, resolveFilter } from "./filters";
import { marchFixture } from "./fixture.test-helpers";
import { dashboardTotals } from "./queries";
import { reportFilterSql, reportFilterWhere } from "./where";

let f: Awaited<ReturnType<typeof marchFixture>>;
beforeAll(async () => {
  f = await marchFixture();
});

const filterOf = (params: Record<string, string | string[]>) => resolveFilter(parseFilter(params).data!, f.now);

describe("dashboard totals", () => {
  it("match the hand-computed figures for March", async () => {
    const totals = await dashboardTotals(f.hr, filterOf(f.params()), { now: f.now, deadlineHours: 48 });
    expect(totals).toMatchObject({
      reports: 7,
      decided: 4,
      justified: 2,
      notJustified: 2,
      waiting: 2,
      overdue: 2,
      withdrawn: 1,
      justifiedRate: 0.5,
      notJustifiedRate: 0.5,
    });
    // Decision hours 2, 4, 6, 10: median 5, p90 at 2.7 → 6 + 0.7 × 4 = 8.8.
    expect(totals.timeToDecision!.p50).toBeCloseTo(5, 6);
    expect(totals.timeToDecision!.p90).toBeCloseTo(8.8, 6);
    // File hours 1, 1, 1, 2, 2, 3, 5: median 2, p90 at 5.4 → 3 + 0.4 × 2 = 3.8.
    expect(totals.timeToFile!.p50).toBeCloseTo(2, 6);
    expect(totals.timeToFile!.p90).toBeCloseTo(3.8, 6);
  });

  it("take time to decision over the reports decided now, not one reopened since its first decision", async () => {
    const location = await createLocation();
    const reporter = await createUser({ locations: [location.id] });
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
    const createdAt = new Date("2026-03-10T10:00:00Z");
    const after = (hours: number) => new Date(createdAt.getTime() + hours * 3_600_000);
    const held = { assigneeId: supervisor.id, createdAt };
    await createReport(reporter.id, location.id, { ...held, status: "JUSTIFIED", firstDecidedAt: after(2), decidedAt: after(2) });
    await createReport(reporter.id, location.id, { ...held, status: "APPEALED", firstDecidedAt: after(4), decidedAt: after(4) });
    // Decided after 30 h, then reopened: back in review, and released and withdrawn since.
    await createReport(reporter.id, location.id, { ...held, status: "IN_REVIEW", firstDecidedAt: after(30) });
    await createReport(reporter.id, location.id, { createdAt, status: "WITHDRAWN", firstDecidedAt: after(40) });
    const filter = filterOf({ ...f.params(), loc: [location.id] });
    const totals = await dashboardTotals(f.hr, filter, { now: f.now, deadlineHours: 48 });
    expect(totals).toMatchObject({ reports: 4, decided: 2 });
    expect(totals.timeToDecision).toEqual({ p50: 3, p90: expect.closeTo(3.8, 6) });
    const [row] = await byLocation(f.hr, filter);
    expect(row).toMatchObject({ decided: 2, timeToDecision: { p50: 3, p90: expect.closeTo(3.8, 6) } });
  });

  it("count overdue against the deadline and the previous period separately", async () => {
    const filter = filterOf(f.params());
    const early = await dashboardTotals(f.hr, filter, { now: new Date("2026-03-31T23:00:00Z"), deadlineHours: 48 });
    expect(early.overdue).toBe(1); // the 20 March report; the 31 March one is 30 minutes old
    const previous = await dashboardTotals(f.hr, filter, { range: "previous", now: f.now, deadlineHours: 48 });
    expect(previous).toMatchObject({ reports: 1, justified: 1, decided: 1, justifiedRate: 1 });
  });

  it("leave out the times, and only them, when asked to", async () => {
    const filter = filterOf(f.params());
    const full = await dashboardTotals(f.hr, filter, { now: f.now, deadlineHours: 48 });
    const counts = await dashboardTotals(f.hr, filter, { now: f.now, deadlineHours: 48, times: false });
    expect(counts).toEqual({ ...full, timeToDecision: null, timeToFile: null });
    expect(full.timeToDecision).not.toBeNull();
  });

  it("combine filters as an intersection", async () => {
    const count = async (extra: Record<string, string | string[]>) =>
      (await dashboardTotals(f.hr, filterOf(f.params(extra)), { now: f.now, deadlineHours: 48 })).reports;
    expect(await count({ loc: [f.a.id] })).toBe(5);
    expect(await count({ cat: ["SAFETY_BREACH"] })).toBe(1);
    expect(await count({ loc: [f.b.id], cat: ["SAFETY_BREACH"] })).toBe(0);
    expect(await count({ outcome: "NOT_JUSTIFIED" })).toBe(2);
    expect(await count({ outcome: "UNDECIDED" })).toBe(2);
    expect(await count({ outcome: "NOT_JUSTIFIED", status: ["APPEALED", "SUBMITTED"] })).toBe(1);
    expect(await count({ outcome: "JUSTIFIED", status: ["APPEALED"] })).toBe(0);
    expect(await count({ status: ["WITHDRAWN", "IN_REVIEW"] })).toBe(2);
  });

  it("limit a supervisor to the locations they review", async () => {
    const filter = filterOf(f.params());
    expect((await dashboardTotals(f.supervisorA, filter, { now: f.now, deadlineHours: 48 })).reports).toBe(5);
    const onlyB = filterOf(f.params({ loc: [f.b.id] }));
    expect((await dashboardTotals(f.supervisorA, onlyB, { now: f.now, deadlineHours: 48 })).reports).toBe(0);
  });

  it("select the same rows in SQL and in the Prisma where clause", async () => {
    const combos: Record<string, string | string[]>[] = [
      {},
      { loc: [f.b.id] },
      { cat: ["AGGRESSIVE_BEHAVIOUR"], outcome: "JUSTIFIED" },
      { status: ["APPEALED", "WITHDRAWN"] },
      { outcome: "NOT_JUSTIFIED", status: ["APPEALED"] },
    ];
    for (const user of [f.hr, f.supervisorA]) {
      for (const extra of combos) {
        const filter = filterOf(f.params(extra));
        const viaPrisma = await db.refusalReport.findMany({ where: reportFilterWhere(user, filter), select: { id: true } });
        const viaSql = await db.$queryRaw<{ id: string }[]>`SELECT r."id" FROM "RefusalReport" r WHERE ${reportFilterSql(user, filter)}`;
        expect(viaSql.map((r) => r.id).sort(), JSON.stringify(extra)).toEqual(viaPrisma.map((r) => r.id).sort());
      }
    }
  });
});
