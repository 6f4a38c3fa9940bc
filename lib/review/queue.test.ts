import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { dayBounds, dayOf, formatDay, weekAround } from "@/lib/dashboard/dates";
import { PAGE_SIZE, countOverdue, listQueue } from "./queue";
import { parseQueueFilters, type QueueFilters } from "./queue-filters";

const HOUR = 3_600_000;

async function pageThrough(user: Awaited<ReturnType<typeof sessionFor>>, filters: QueueFilters) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await listQueue(user, { ...filters, cursor });
    seen.push(...result.rows.map((row) => row.id));
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error("too many pages");
}

async function queueFixture() {
  const [a, b, elsewhere] = [await createLocation(), await createLocation(), await createLocation()];
  const anna = await createUser({ locations: [a.id] });
  const piotr = await createUser({ locations: [b.id] });
  const supervisor = await createUser({ role: "SUPERVISOR", supervises: [a.id, b.id] });
  const now = Date.now();
  // Identical creation times on purpose: the id must break ties without skipping rows.
  // One multi-row insert: 60 separate ones would crowd the pool on a busy machine.
  const reports = await db.refusalReport.createManyAndReturn({
    data: Array.from({ length: 60 }, (_, i) => {
      const at = new Date(now - (100 - Math.floor(i / 3)) * HOUR);
      const key = randomUUID();
      return {
        number: `Q-${key}`,
        idempotencyKey: key,
        reporterId: i % 2 ? anna.id : piotr.id,
        locationId: i % 2 ? a.id : b.id,
        status: (["SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "JUSTIFIED"] as const)[i % 4],
        assigneeId: i % 4 === 1 ? supervisor.id : null,
        category: i % 5 === 0 ? ("UNLAWFUL_REQUEST" as const) : ("AGGRESSIVE_BEHAVIOUR" as const),
        createdAt: at,
        occurredAt: new Date(at.getTime() - (i % 7) * HOUR),
        narrative: "Klient krzyczał przy kasie.",
        customerRequest: "Zwrot bez paragonu.",
        reasonsExplained: true,
        alternativeOffered: false,
      };
    }),
  });
  await createReport(anna.id, elsewhere.id, { createdAt: new Date(now - 200 * HOUR) });
  return { a, b, elsewhere, anna, piotr, supervisor, reports, session: await sessionFor(supervisor.id) };
}

// Generous limit: these run real transactions on a machine shared with other builds.
describe("review queue", { timeout: 120_000 }, () => {
  it("pages through the waiting reports oldest first, every one exactly once, only in scope", async () => {
    const { reports, session } = await queueFixture();
    const waiting = reports.filter((r) => r.status !== "JUSTIFIED");
    const expected = [...waiting]
      .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.id.localeCompare(y.id))
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(PAGE_SIZE);
    expect(await pageThrough(session, {})).toEqual(expected);
  });

  it("sorts by occurrence, newest first, across pages", async () => {
    const { reports, session } = await queueFixture();
    const expected = reports
      .filter((r) => r.status !== "JUSTIFIED")
      .sort((x, y) => y.occurredAt.getTime() - x.occurredAt.getTime() || y.id.localeCompare(x.id))
      .map((r) => r.id);
    expect(await pageThrough(session, { sort: "occurred" })).toEqual(expected);
  });

  it("combines the filters from the URL", async () => {
    const { a, anna, reports, session, elsewhere } = await queueFixture();
    const ids = (predicate: (r: (typeof reports)[number]) => boolean) =>
      reports.filter((r) => r.status !== "JUSTIFIED" && predicate(r)).map((r) => r.id).sort();
    const run = async (filters: QueueFilters) => (await pageThrough(session, filters)).sort();

    expect(await run({ status: "JUSTIFIED" })).toEqual(reports.filter((r) => r.status === "JUSTIFIED").map((r) => r.id).sort());
    expect(await run({ location: a.id })).toEqual(ids((r) => r.locationId === a.id));
    expect(await run({ category: "UNLAWFUL_REQUEST" })).toEqual(ids((r) => r.category === "UNLAWFUL_REQUEST"));
    expect(await run({ employee: anna.id, status: "IN_REVIEW" })).toEqual(
      reports.filter((r) => r.reporterId === anna.id && r.status === "IN_REVIEW").map((r) => r.id).sort(),
    );
    expect(await run({ mine: "1" })).toEqual(ids((r) => r.assigneeId === session.id));
    const day = formatDay(dayOf(reports[30].occurredAt));
    expect(await run({ from: day, to: day })).toEqual(ids((r) => formatDay(dayOf(r.occurredAt)) === day));
    // A location outside the person's scope gives nothing, not an error.
    expect(await run({ location: elsewhere.id })).toEqual([]);
  });

  it("marks reports waiting past the review deadline as overdue", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
    const deadline = (await db.orgSettings.findUniqueOrThrow({ where: { id: 1 } })).reviewDeadlineHours;
    const now = new Date();
    const late = await createReport(employee.id, location.id, { createdAt: new Date(now.getTime() - (deadline + 1) * HOUR) });
    const fresh = await createReport(employee.id, location.id, { createdAt: new Date(now.getTime() - (deadline - 1) * HOUR) });
    const { rows } = await listQueue(await sessionFor(supervisor.id), {}, now);
    expect(rows.map((row) => [row.id, row.overdue])).toEqual([
      [late.id, true],
      [fresh.id, false],
    ]);
  });

  it("counts an appealed report's wait from the appeal, for its age, its mark and the overdue count", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
    const now = new Date();
    const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
    const reason = await db.decisionReason.findFirstOrThrow({ where: { outcome: "NOT_JUSTIFIED" } });
    // Filed long ago, decided, appealed at `appealedAt`: past or within any deadline the admin may set (1–720 h).
    const appealedReport = async (appealedAt: Date) => {
      const report = await createReport(employee.id, location.id, { status: "APPEALED", assigneeId: supervisor.id, createdAt: ago(800) });
      const decision = await db.decision.create({
        data: { reportId: report.id, reviewerId: supervisor.id, outcome: "NOT_JUSTIFIED", reasonCodeId: reason.id, rationale: "Uzasadnienie decyzji." },
      });
      await db.appeal.create({ data: { reportId: report.id, decisionId: decision.id, appellantId: employee.id, reason: "Nie zgadzam się.", createdAt: appealedAt } });
      return report;
    };
    const waitingLong = await appealedReport(ago(721));
    const justAppealed = await appealedReport(ago(0.5));
    const asSupervisor = await sessionFor(supervisor.id);
    const { rows } = await listQueue(asSupervisor, { status: "APPEALED" }, now);
    expect(Object.fromEntries(rows.map((row) => [row.id, [row.overdue, row.waitingSince.getTime()]]))).toEqual({
      [waitingLong.id]: [true, ago(721).getTime()],
      [justAppealed.id]: [false, ago(0.5).getTime()],
    });
    expect(await countOverdue(asSupervisor, now)).toBe(1);
  });

  it("shows nothing to HR or employees", async () => {
    const { anna } = await queueFixture();
    const hr = await createUser({ role: "HR" });
    for (const user of [await sessionFor(anna.id), await sessionFor(hr.id)]) {
      expect((await listQueue(user, {})).rows).toEqual([]);
    }
  });
});

describe("queue helpers", () => {
  it("round-trips the cursor and reads a damaged one as the first page", () => {
    const cursor = { at: new Date("2026-03-01T10:00:00.123Z"), id: "0b5c3a6e-4a3f-4c1e-9f5e-2f1b7a9d8c7e" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "abc", Buffer.from('["x","y"]').toString("base64url"), Buffer.from("{}").toString("base64url")]) {
      expect(decodeCursor(bad)).toBeNull();
    }
    // Years no row has, whose ISO form PostgreSQL would refuse ("+010000-…"), are no cursor either.
    for (const at of ["+010000-01-01T00:00:00.000Z", "0026-10-01T00:00:00.000Z"]) {
      expect(decodeCursor(Buffer.from(JSON.stringify([at, cursor.id])).toString("base64url"))).toBeNull();
    }
  });

  it("drops a day that is no calendar day, or one a two-digit year made", () => {
    // Chrome's date field gives "0026-10-01" for a year typed as 26.
    expect(parseQueueFilters({ from: "0026-10-01", to: "2026-02-30" })).toEqual({});
    expect(parseQueueFilters({ from: "2026-02-28", to: "2026-03-01" })).toEqual({ from: "2026-02-28", to: "2026-03-01" });
  });

  it("drops unknown or malformed URL filters", () => {
    expect(parseQueueFilters({ status: "NOPE", location: "1; drop", sort: "occurred", mine: "1", extra: "x", from: ["2026-03-01", "x"] })).toEqual({
      sort: "occurred",
      mine: "1",
      from: "2026-03-01",
    });
  });

  it("turns calendar days and weeks into Warsaw-time instants", () => {
    expect(dayBounds("2026-01-15").start.toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(dayBounds("2026-07-15").start.toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The day the clocks go back has 25 hours.
    const long = dayBounds("2026-10-25");
    expect(long.end.getTime() - long.start.getTime()).toBe(25 * HOUR);
    expect(formatDay(dayOf(new Date("2026-07-14T22:30:00Z")))).toBe("2026-07-15");
    const week = weekAround(new Date("2026-03-29T12:00:00Z")); // a Sunday, the day clocks change
    expect([week.start.toISOString(), week.end.toISOString()]).toEqual(["2026-03-22T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]);
  });
});
