import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { countQueueByStatus } from "./queries";
import { queueEmployees } from "./queue";

describe("review queue counts", () => {
  it("follow every insert, status change, move and delete, within the supervisor's locations", async () => {
    const [mine, other, elsewhere] = await Promise.all([createLocation(), createLocation(), createLocation()]);
    const supervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [mine.id, other.id] })).id);
    const employee = await createUser({ locations: [mine.id] });
    const a = await createReport(employee.id, mine.id);
    const b = await createReport(employee.id, mine.id);
    await createReport(employee.id, other.id, { status: "IN_REVIEW", assigneeId: supervisor.id });
    await createReport(employee.id, elsewhere.id);
    expect(await countQueueByStatus(supervisor)).toEqual({ SUBMITTED: 2, IN_REVIEW: 1 });

    await db.refusalReport.update({ where: { id: a.id }, data: { status: "IN_REVIEW", assigneeId: supervisor.id } });
    await db.refusalReport.update({ where: { id: b.id }, data: { locationId: elsewhere.id } });
    await db.refusalReport.update({ where: { id: a.id }, data: { narrative: "Bez zmiany statusu: liczniki bez zmian." } });
    expect(await countQueueByStatus(supervisor)).toEqual({ IN_REVIEW: 2 });

    await db.refusalReport.delete({ where: { id: a.id } });
    expect(await countQueueByStatus(supervisor)).toEqual({ IN_REVIEW: 1 });
    const counted = await db.reportStatusCount.findMany({ where: { locationId: { in: [mine.id, other.id, elsewhere.id] } } });
    const actual = await db.refusalReport.groupBy({
      by: ["locationId", "status"],
      where: { locationId: { in: [mine.id, other.id, elsewhere.id] } },
      _count: { _all: true },
    });
    const key = (locationId: string, status: string) => `${locationId}:${status}`;
    expect(Object.fromEntries(counted.filter((row) => row.count > 0).map((row) => [key(row.locationId, row.status), row.count]))).toEqual(
      Object.fromEntries(actual.map((row) => [key(row.locationId, row.status), row._count._all])),
    );
  });

  it("follow the location filter, and give no numbers for filters the counters cannot follow", async () => {
    const [mine, other, elsewhere] = await Promise.all([createLocation(), createLocation(), createLocation()]);
    const supervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [mine.id, other.id] })).id);
    const employee = await createUser({ locations: [mine.id] });
    await createReport(employee.id, mine.id);
    await createReport(employee.id, other.id, { status: "IN_REVIEW", assigneeId: supervisor.id });
    await createReport(employee.id, elsewhere.id);
    expect(await countQueueByStatus(supervisor, { location: mine.id })).toEqual({ SUBMITTED: 1 });
    expect(await countQueueByStatus(supervisor, { location: other.id, status: "SUBMITTED" })).toEqual({ IN_REVIEW: 1 });
    // Outside the supervisor's scope: the list is empty, so are the counts.
    expect(await countQueueByStatus(supervisor, { location: elsewhere.id })).toEqual({});
    const admin = await sessionFor((await createUser({ role: "ADMIN" })).id);
    expect(await countQueueByStatus(admin, { location: elsewhere.id })).toEqual({ SUBMITTED: 1 });
    for (const filters of [
      { category: "AGGRESSIVE_BEHAVIOUR" as const },
      { employee: employee.id },
      { mine: "1" as const },
      { from: "2026-01-01" },
      { location: mine.id, to: "2026-01-01" },
    ]) {
      expect(await countQueueByStatus(supervisor, filters)).toBeNull();
    }
  });

  it("gives employees and HR no counts", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    await createReport(employee.id, location.id);
    expect(await countQueueByStatus(await sessionFor(employee.id))).toEqual({});
    expect(await countQueueByStatus(await sessionFor((await createUser({ role: "HR" })).id))).toEqual({});
  });
});

describe("queue employee filter", () => {
  it("lists the people who work at the supervisor's locations, no one else", async () => {
    const [mine, other] = await Promise.all([createLocation(), createLocation()]);
    const supervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [mine.id] })).id);
    const here = await createUser({ locations: [mine.id] });
    const there = await createUser({ locations: [other.id] });
    await createReport(there.id, other.id);
    const ids = (await queueEmployees(supervisor)).map((user) => user.id);
    expect(ids).toContain(here.id);
    expect(ids).not.toContain(there.id);
  });
});
