import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser } from "@/test/factories";
import { RETENTION_MARKER, applyRetention, retentionCutoff } from "./retention";

const DAY = 86_400_000;

describe("retention", () => {
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
});
