import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/test/factories";
import { byLocation, outcomeByCategory, reviewerConsistency, trendAgainstPrevious, weeklyByCategory, weeksOf, weekStartsFrom } from "./breakdowns";
import { parseFilter, resolveFilter } from "./filters";
import { marchFixture } from "./fixture.test-helpers";
import { riskPanel } from "./risks";

let f: Awaited<ReturnType<typeof marchFixture>>;
let reviewers: { x: string; y: string };
beforeAll(async () => {
  f = await marchFixture();
  const [x, y] = [
    await createUser({ role: "SUPERVISOR", supervises: [f.a.id], name: "Xawery Recenzent" }),
    await createUser({ role: "SUPERVISOR", supervises: [f.a.id], name: "Yvonne Recenzentka" }),
  ];
  reviewers = { x: x.id, y: y.id };
  const reasons = {
    JUSTIFIED: (await db.decisionReason.findFirstOrThrow({ where: { outcome: "JUSTIFIED" } })).id,
    NOT_JUSTIFIED: (await db.decisionReason.findFirstOrThrow({ where: { outcome: "NOT_JUSTIFIED" } })).id,
  };
  const decide = (reportId: string, reviewerId: string, outcome: "JUSTIFIED" | "NOT_JUSTIFIED") =>
    db.decision.create({ data: { reportId, reviewerId, outcome, reasonCodeId: reasons[outcome], rationale: "Uzasadnienie." } });
  await decide(f.reports.justified1.id, x.id, "JUSTIFIED");
  await decide(f.reports.notJustified.id, x.id, "NOT_JUSTIFIED");
  await decide(f.reports.appealed.id, x.id, "NOT_JUSTIFIED");
  await decide(f.reports.justified2.id, y.id, "JUSTIFIED");
  await decide(f.reports.april.id, y.id, "NOT_JUSTIFIED"); // outside March: not counted
});

const march = () => resolveFilter(parseFilter(f.params()).data!, f.now);

describe("dashboard breakdowns (hand-computed on the March fixture)", () => {
  it("counts reports per local week (Monday) and category", async () => {
    expect(await weeklyByCategory(f.hr, march())).toEqual([
      { week: "2026-02-23", counts: { AGGRESSIVE_BEHAVIOUR: 1 } },
      { week: "2026-03-02", counts: { AGGRESSIVE_BEHAVIOUR: 1, SAFETY_BREACH: 1 } },
      { week: "2026-03-09", counts: { AGGRESSIVE_BEHAVIOUR: 2 } },
      { week: "2026-03-16", counts: { AGGRESSIVE_BEHAVIOUR: 1 } },
      // No report that week: still on the axis and in the table, with no counts.
      { week: "2026-03-23", counts: {} },
      { week: "2026-03-30", counts: { AGGRESSIVE_BEHAVIOUR: 1 } },
    ]);
  });

  it("gives no weeks when no report matches, so the charts say there is nothing", async () => {
    const none = resolveFilter(parseFilter(f.params({ cat: "OTHER" })).data!, f.now);
    expect(await weeklyByCategory(f.hr, none)).toEqual([]);
    expect(await trendAgainstPrevious(f.hr, none)).toEqual([]);
  });

  it("bounds the weeks a period touches at local Mondays, across the change to summer time", () => {
    const weeks = weeksOf(march().period, "Europe/Warsaw");
    expect(weeks.map((w) => w.week)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30"]);
    expect(weeks[0].start.toISOString()).toBe("2026-02-22T23:00:00.000Z"); // Monday 00:00 CET
    expect(weeks[5].start.toISOString()).toBe("2026-03-29T22:00:00.000Z"); // Monday 00:00 CEST
    // The last month a filter may ask about: its last week runs into the year 3000 and still ends.
    const last = resolveFilter(parseFilter({ preset: "thisMonth", at: "2999-12-31" }).data!).period;
    const lastWeeks = weeksOf(last, "Europe/Warsaw");
    expect(lastWeeks.length).toBeGreaterThanOrEqual(5);
    expect(lastWeeks.length).toBeLessThanOrEqual(6);
    expect(lastWeeks.at(-1)!.week.startsWith("2999-12-")).toBe(true);
  });

  it("splits outcomes by category", async () => {
    expect(await outcomeByCategory(f.hr, march())).toEqual([
      { category: "AGGRESSIVE_BEHAVIOUR", justified: 2, notJustified: 1, undecided: 2 },
      { category: "SAFETY_BREACH", justified: 0, notJustified: 1, undecided: 0 },
    ]);
  });

  it("gives reports, justified rate and decision-time percentiles per location", async () => {
    const [a, b] = await byLocation(f.hr, march());
    expect(a).toMatchObject({ locationId: f.a.id, reports: 5, decided: 4, justifiedRate: 0.5 });
    expect(a.timeToDecision!.p50).toBeCloseTo(5, 6);
    expect(a.timeToDecision!.p90).toBeCloseTo(8.8, 6);
    expect(b).toEqual({ locationId: f.b.id, code: f.b.code, name: f.b.name, reports: 2, decided: 0, justifiedRate: null, timeToDecision: null });
  });

  it("gives only the busiest locations when limited, with the same figures", async () => {
    const [a] = await byLocation(f.hr, march());
    expect(await byLocation(f.hr, march(), { limit: 1 })).toEqual([a]);
  });

  it("sets each week against the same week of the period before", async () => {
    expect(await trendAgainstPrevious(f.hr, march())).toEqual([
      { week: 1, current: 3, previous: 0 },
      { week: 2, current: 1, previous: 1 },
      { week: 3, current: 2, previous: 0 },
      // 22-28 March local and 19-25 February: no report in either, still a week of the period.
      { week: 4, current: 0, previous: 0 },
      { week: 5, current: 1, previous: 0 },
    ]);
  });

  it("counts the trend's weeks from the period's first day in local days, across a change of the clocks", () => {
    // 5 Oct – 1 Nov 2026: four local weeks, 28 days and one hour (the clocks go back on 25 Oct).
    const period = { start: new Date("2026-10-04T22:00:00Z"), end: new Date("2026-11-01T23:00:00Z") };
    expect(weekStartsFrom(period, "Europe/Warsaw").map((start) => start.toISOString())).toEqual([
      "2026-10-04T22:00:00.000Z",
      "2026-10-11T22:00:00.000Z",
      "2026-10-18T22:00:00.000Z",
      // Monday 26 Oct, 00:00 CET: an hour later than 604,800 s after the week before.
      "2026-10-25T23:00:00.000Z",
    ]);
    // 9 Mar – 5 Apr 2026, over the change to summer time: week 4 starts at Monday 30 Mar, 00:00 CEST.
    const spring = weekStartsFrom({ start: new Date("2026-03-08T23:00:00Z"), end: new Date("2026-04-05T22:00:00Z") }, "Europe/Warsaw");
    expect(spring.map((start) => start.toISOString())).toEqual([
      "2026-03-08T23:00:00.000Z",
      "2026-03-15T23:00:00.000Z",
      "2026-03-22T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
    ]);
  });

  it("compares each reviewer's justified rate with the location's, with the decisions behind it", async () => {
    const rows = await reviewerConsistency(f.hr, march());
    expect(rows.map((r) => [r.reviewerId, r.decisions, r.justified, r.locationDecisions])).toEqual([
      [reviewers.x, 3, 1, 4],
      [reviewers.y, 1, 1, 4],
    ]);
    expect(rows[0].justifiedRate).toBeCloseTo(1 / 3, 9);
    expect(rows[0].locationRate).toBe(0.5);
    expect(rows[1].justifiedRate).toBe(1);
  });

  it("lists the risks, the employees with most not-justified decisions and the locations with most aggression", async () => {
    const risks = await riskPanel(f.hr, march());
    expect(risks.counts).toEqual({ legal: 1, injury: 1, police: 1 });
    expect(risks.recent.map((r) => r.number)).toEqual([f.reports.submitted.number, f.reports.appealed.number, f.reports.notJustified.number]);
    expect(risks.employees).toEqual([{ reporterId: f.employee.id, name: "Żaneta Głowacka", notJustified: 2, decided: 4 }]);
    expect(risks.locations).toEqual([
      { locationId: f.a.id, name: f.a.name, aggressive: 4, reports: 5 },
      { locationId: f.b.id, name: f.b.name, aggressive: 2, reports: 2 },
    ]);
  });

  it("keeps a supervisor's breakdowns to their locations", async () => {
    expect((await byLocation(f.supervisorA, march())).map((row) => row.locationId)).toEqual([f.a.id]);
    expect((await riskPanel(f.supervisorA, march())).locations.map((row) => row.locationId)).toEqual([f.a.id]);
  });
});
