import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createUser, sessionFor } from "@/test/factories";
import { holdTransaction, waitersBehind } from "@/test/locks";
import { validInput } from "@/test/report-input";
import { fileReport } from "./filing";
import { formatReportNumber, reportYear } from "./filing-sql";
import { fileReportSchema } from "./schema";

// Every one of the 50 concurrent submits below gets its own connection, so all
// of them reach PostgreSQL at once (the app's default pool would queue them),
// and none gives up waiting for one on a busy machine. Read on first use.
process.env.DB_POOL_MAX = "60";
process.env.DB_CONNECT_TIMEOUT_MS = "120000";

async function employee() {
  const location = await createLocation();
  const user = await createUser({ locations: [location.id] });
  return { location, user: await sessionFor(user.id) };
}

const input = (locationId: string, overrides: Record<string, unknown> = {}) =>
  fileReportSchema.parse(validInput({ locationId, ...overrides }));

describe("filing a report", () => {
  it("stores the report with a yearly number, its audit event and the outbox event in one go", async () => {
    const { location, user } = await employee();
    const filed = await fileReport(user, input(location.id, { narrative: "Zażółć gęślą jaźń 😡 — klient groził." }));
    expect(filed.created).toBe(true);
    expect(filed.number).toMatch(new RegExp(`^R-${reportYear(new Date())}-\\d{6}$`));
    const report = await db.refusalReport.findUniqueOrThrow({ where: { id: filed.id } });
    expect(report).toMatchObject({ reporterId: user.id, locationId: location.id, status: "SUBMITTED", version: 1 });
    expect(report.narrative).toBe("Zażółć gęślą jaźń 😡 — klient groził.");
    const audit = await db.auditEvent.findMany({ where: { reportId: filed.id } });
    expect(audit.map((event) => [event.action, event.toStatus, event.actorId])).toEqual([["report.submitted", "SUBMITTED", user.id]]);
    const outbox = await db.outboxEvent.findMany({ where: { payload: { path: ["reportId"], equals: filed.id } } });
    expect(outbox.map((event) => event.type)).toEqual(["report.submitted"]);
    expect(outbox[0].payload).toMatchObject({ locationId: location.id, actorId: user.id });
  });

  it("stores every field of the form as it was typed", async () => {
    const { location, user } = await employee();
    const typed = input(location.id, {
      occurredAt: "2026-03-29T00:30:00.000Z", // the night the clocks go forward in Poland
      category: "AGGRESSIVE_BEHAVIOUR",
      aggressionKinds: ["VERBAL_THREATS", "PHYSICAL_THREATS"],
      reasonsExplained: false,
      reasonsExplanation: "Nie zdążyłam — klient od razu wyszedł.",
      alternativeOffered: true,
      alternativeDescription: "Zakup w sklepie internetowym.",
      witnesses: "Anna z działu AGD",
      securityCalled: true,
      policeCalled: true,
      injury: true,
      damage: true,
      injuryDamageDetails: "Rozbita szyba lady, zadrapanie dłoni.",
      riskBadReview: true,
      riskLostCustomer: true,
      legalRisk: "THREATENED",
      customerDescription: "Mężczyzna ok. 40 lat, zielona kurtka; \"O'Brien\" \\ 50%",
    });
    const before = Date.now();
    const filed = await fileReport(user, typed);
    const report = await db.refusalReport.findUniqueOrThrow({ where: { id: filed.id } });
    for (const [field, value] of Object.entries(typed)) {
      expect({ field, value: report[field as keyof typeof report] }).toEqual({ field, value });
    }
    // Stamped by the database in UTC, as Prisma stamps the other tables.
    expect(report.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(report.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
    expect(report.updatedAt).toEqual(report.createdAt);
  });

  it("stores one report for the same key twice and returns the same number", async () => {
    const { location, user } = await employee();
    const same = input(location.id);
    const first = await fileReport(user, same);
    const again = await fileReport(user, same);
    expect(again).toEqual({ id: first.id, number: first.number, created: false });
    expect(await db.refusalReport.count({ where: { idempotencyKey: same.idempotencyKey } })).toBe(1);
    expect(await db.auditEvent.count({ where: { reportId: first.id } })).toBe(1);
  });

  it("refuses a resend of the same key with a changed form, naming the report already filed, and changes nothing", async () => {
    const { location, user } = await employee();
    const first = input(location.id);
    const filed = await fileReport(user, first);
    // The answer was lost; the person added that the police came, and sent again.
    const changed = { ...first, policeCalled: true, narrative: `${first.narrative} Wezwano policję.` };
    await expect(fileReport(user, changed)).rejects.toMatchObject({ code: "conflict", message: "errors.filedWithOtherContent", details: { number: filed.number } });
    const stored = await db.refusalReport.findMany({ where: { idempotencyKey: first.idempotencyKey } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ number: filed.number, policeCalled: first.policeCalled, narrative: first.narrative });
  });

  it("stores one report when identical submits race, under the winner's number", async () => {
    const { location, user } = await employee();
    const same = input(location.id);
    const results = await Promise.all(Array.from({ length: 8 }, () => fileReport(user, same)));
    expect(new Set(results.map((result) => result.number)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const stored = await db.refusalReport.findMany({ where: { idempotencyKey: same.idempotencyKey }, select: { number: true } });
    expect(stored).toEqual([{ number: results[0].number }]);
  });

  it("numbers a filing while another filing's transaction is stuck", async () => {
    const stuck = await employee();
    const other = await employee();
    await fileReport(stuck.user, input(stuck.location.id));
    // Hold the stuck location's counter row the way a slow transaction would:
    // a filing there waits inside its transaction until this one ends.
    const holder = await holdTransaction(
      (tx) => tx.$queryRaw`select 1 from "ReportStatusCount" where "locationId" = ${stuck.location.id}::uuid and "status" = 'SUBMITTED' for update`,
    );
    const holderPid = holder.pid;
    // Backends waiting behind the holder (only ours wait on this row).
    const waitingBehindHolder = () => waitersBehind(holderPid);
    // The order things happen in: the filing elsewhere must be done before the
    // lock is released, the stuck one only after.
    const order: string[] = [];
    try {
      const waiting = fileReport(stuck.user, input(stuck.location.id)).finally(() => order.push("stuck filing"));
      // Once the stuck filing waits on the lock it holds its number; this one must not wait for it.
      await vi.waitFor(async () => expect(await waitingBehindHolder()).toBe(1), { timeout: 20_000, interval: 50 });
      const elsewhere = fileReport(other.user, input(other.location.id)).finally(() => order.push("filing elsewhere"));
      // Until it is done, or it too waits behind the holder (the bug): then release either way.
      await vi.waitFor(
        async () => expect(order.includes("filing elsewhere") || (await waitingBehindHolder()) > 1).toBe(true),
        { timeout: 20_000, interval: 50 },
      );
      order.push("released");
      await holder.commit();
      const [unstuck, done] = await Promise.all([waiting, elsewhere]);
      expect(order).toEqual(["filing elsewhere", "released", "stuck filing"]);
      expect(done.created).toBe(true);
      expect(unstuck.number).not.toBe(done.number);
      expect(await db.refusalReport.count({ where: { id: { in: [unstuck.id, done.id] } } })).toBe(2);
    } finally {
      await holder.commit();
    }
  });

  it("gives 50 concurrent filings 50 different numbers", async () => {
    const { location, user } = await employee();
    const filed = await Promise.all(Array.from({ length: 50 }, () => fileReport(user, input(location.id))));
    const numbers = filed.map((report) => report.number);
    expect(new Set(numbers).size).toBe(50);
    const stored = await db.refusalReport.findMany({ where: { id: { in: filed.map((r) => r.id) } }, select: { number: true } });
    expect(stored).toHaveLength(50);
    const year = reportYear(new Date());
    const sequence = await db.reportNumberSequence.findUniqueOrThrow({ where: { year } });
    // Other tests file in parallel; ours are all at or below the counter and all distinct.
    for (const number of numbers) expect(number <= formatReportNumber(year, sequence.last)).toBe(true);
  });

  it("refuses a location where the person does not work, storing nothing", async () => {
    const { user } = await employee();
    const elsewhere = await createLocation();
    const attempt = input(elsewhere.id);
    await expect(fileReport(user, attempt)).rejects.toMatchObject({ code: "validation", fieldErrors: { locationId: ["errors.locationNotYours"] } });
    expect(await db.refusalReport.count({ where: { idempotencyKey: attempt.idempotencyKey } })).toBe(0);
  });

  it("refuses an archived location where the person works, storing nothing", async () => {
    const { location, user } = await employee();
    await db.location.update({ where: { id: location.id }, data: { archivedAt: new Date() } });
    const afterArchiving = await sessionFor(user.id);
    expect(afterArchiving.memberLocationIds).not.toContain(location.id);
    const attempt = input(location.id);
    await expect(fileReport(afterArchiving, attempt)).rejects.toMatchObject({ code: "validation", fieldErrors: { locationId: ["errors.locationNotYours"] } });
    expect(await db.refusalReport.count({ where: { idempotencyKey: attempt.idempotencyKey } })).toBe(0);
  });

  it("answers a retry with the first filing after its location was archived", async () => {
    const { location, user } = await employee();
    const same = input(location.id);
    const first = await fileReport(user, same);
    await db.location.update({ where: { id: location.id }, data: { archivedAt: new Date() } });
    const again = await fileReport(await sessionFor(user.id), same);
    expect(again).toEqual({ id: first.id, number: first.number, created: false });
  });

  it("does not show another person's report to someone reusing its key", async () => {
    const { location, user } = await employee();
    const other = await sessionFor((await createUser({ locations: [location.id] })).id);
    const same = input(location.id);
    await fileReport(user, same);
    await expect(fileReport(other, same)).rejects.toMatchObject({ code: "conflict" });
    expect(await db.refusalReport.count({ where: { idempotencyKey: same.idempotencyKey } })).toBe(1);
  });
});
