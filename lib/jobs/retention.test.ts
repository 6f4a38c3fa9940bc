import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser } from "@/test/factories";
import { RETENTION_MARKER, applyRetention, retentionCutoff } from "./retention";

const DAY = 86_400_000;

describe("retention", () => {
  it("counts months on the Warsaw calendar, never removing a description early", () => {
    // 31 March less a month is the end of February, not 3 March.
    expect(retentionCutoff(1, new Date("2026-03-31T12:00:00Z")).toISOString()).toBe("2026-02-27T23:00:00.000Z");
    // Just after midnight in Warsaw on 1 May (still 30 April in UTC): a month back is 1 April, local midnight.
    expect(retentionCutoff(1, new Date("2026-04-30T22:30:00Z")).toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(retentionCutoff(12, new Date("2028-02-29T10:00:00Z")).toISOString()).toBe("2027-02-27T23:00:00.000Z");
  });


  it("replaces old customer descriptions with a marker, keeps newer ones and the reports, audits counts only", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    // A period of its own, not the shared setting another test file may be changing meanwhile.
    const months = 12;
    const cutoff = retentionCutoff(months);
    const old = await createReport(employee.id, location.id, {
      createdAt: new Date(cutoff.getTime() - 2 * DAY),
      customerDescription: "Kobieta, ok. 30 lat, niebieski płaszcz",
      status: "JUSTIFIED",
    });
    const oldWithout = await createReport(employee.id, location.id, { createdAt: new Date(cutoff.getTime() - 2 * DAY) });
    const recent = await createReport(employee.id, location.id, {
      createdAt: new Date(cutoff.getTime() + 2 * DAY),
      customerDescription: "Mężczyzna z psem",
    });

    const run = await applyRetention(new Date(), months);
    expect(run.redacted).toBeGreaterThanOrEqual(1);

    const after = await db.refusalReport.findMany({ where: { id: { in: [old.id, oldWithout.id, recent.id] } } });
    const byId = (id: string) => after.find((report) => report.id === id)!;
    expect(byId(old.id)).toMatchObject({ customerDescription: RETENTION_MARKER, status: "JUSTIFIED", narrative: old.narrative });
    expect(byId(old.id).customerDescriptionRedactedAt).not.toBeNull();
    expect(byId(oldWithout.id)).toMatchObject({ customerDescription: null, customerDescriptionRedactedAt: null });
    expect(byId(recent.id)).toMatchObject({ customerDescription: "Mężczyzna z psem", customerDescriptionRedactedAt: null });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "retention.applied" }, orderBy: { id: "desc" } });
    expect(audit.data).toMatchObject({ redacted: expect.any(Number), retentionMonths: months });
    expect(JSON.stringify(audit.data)).not.toContain("płaszcz");

    // A second run finds nothing of ours left and leaves the marker alone.
    await applyRetention(new Date(), months);
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: old.id } })).customerDescriptionRedactedAt).toEqual(byId(old.id).customerDescriptionRedactedAt);
  });
  it("works through any number of old reports in short batches, each its own transaction", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    const months = 12;
    const old = new Date(retentionCutoff(months).getTime() - 3 * DAY);
    const reports = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createReport(employee.id, location.id, { createdAt: old, customerDescription: `Klient nr ${i}` })),
    );
    // Batches of two: five of ours (and whatever other files left) take several rounds.
    const run = await applyRetention(new Date(), months, 2);
    expect(run.redacted).toBeGreaterThanOrEqual(5);
    const after = await db.refusalReport.findMany({ where: { id: { in: reports.map((r) => r.id) } }, select: { customerDescription: true } });
    expect(after.map((r) => r.customerDescription)).toEqual(Array(5).fill(RETENTION_MARKER));
    // A batch size below one is taken as one: it ends, and it still redacts.
    const more = await createReport(employee.id, location.id, { createdAt: old, customerDescription: "Klient nr 6" });
    expect((await applyRetention(new Date(), months, 0)).redacted).toBeGreaterThanOrEqual(1);
    expect((await db.refusalReport.findUniqueOrThrow({ where: { id: more.id } })).customerDescription).toBe(RETENTION_MARKER);
  });
});
