import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createUser } from "@/test/factories";

// The queue's per-status counts come from ReportStatusCount, kept by
// statement-level triggers. Whatever a statement does to many reports at
// once, the counters must equal a fresh count of the reports.
async function countersOf(locationId: string) {
  const rows = await db.reportStatusCount.findMany({ where: { locationId, count: { not: 0 } } });
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

async function actualCountsOf(locationId: string) {
  const rows = await db.refusalReport.groupBy({ by: ["status"], where: { locationId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}

async function insertReports(locationId: string, reporterId: string, count: number) {
  const prefix = randomUUID().slice(0, 8);
  await db.$executeRaw`
    INSERT INTO "RefusalReport" ("id", "number", "idempotencyKey", "reporterId", "locationId", "occurredAt", "category", "aggressionKinds",
      "narrative", "customerRequest", "reasonsExplained", "alternativeOffered", "status", "updatedAt")
    SELECT gen_random_uuid(), 'C-' || ${prefix} || '-' || g, ${prefix} || '-' || g, ${reporterId}::uuid, ${locationId}::uuid,
      now() - interval '1 hour', 'OTHER', '{}', 'Licznik statusów ' || g, 'Test', true, false, 'SUBMITTED', now()
    FROM generate_series(1, ${count}::int) AS g`;
}

describe("report status counters", () => {
  it("follow bulk inserts, status changes, moves between locations and deletes", async () => {
    const [first, second] = [await createLocation(), await createLocation()];
    const reporter = await createUser({ locations: [first.id, second.id] });

    await insertReports(first.id, reporter.id, 5_000);
    expect(await countersOf(first.id)).toEqual({ SUBMITTED: 5_000 });

    const ids = (await db.refusalReport.findMany({ where: { locationId: first.id }, select: { id: true }, orderBy: { number: "asc" } })).map((r) => r.id);
    // In review, held by someone (any user: the counters look at the status only).
    await db.refusalReport.updateMany({ where: { id: { in: ids.slice(0, 1_200) } }, data: { status: "IN_REVIEW", assigneeId: reporter.id } });
    await db.refusalReport.updateMany({ where: { id: { in: ids.slice(1_000, 1_500) } }, data: { status: "JUSTIFIED" } });
    await db.refusalReport.updateMany({ where: { id: { in: ids.slice(4_000, 4_300) } }, data: { locationId: second.id } });
    // An update that changes neither status nor location leaves the counters alone.
    await db.refusalReport.updateMany({ where: { id: { in: ids.slice(0, 100) } }, data: { narrative: "Poprawiony opis zdarzenia." } });
    await db.refusalReport.deleteMany({ where: { id: { in: ids.slice(4_900) } } });

    for (const location of [first.id, second.id]) expect(await countersOf(location)).toEqual(await actualCountsOf(location));
    expect(await countersOf(first.id)).toEqual({ IN_REVIEW: 1_000, JUSTIFIED: 500, SUBMITTED: 3_100 });
    expect(await countersOf(second.id)).toEqual({ SUBMITTED: 300 });

    await db.refusalReport.deleteMany({ where: { locationId: { in: [first.id, second.id] } } });
    expect(await countersOf(first.id)).toEqual({});
  });
});
