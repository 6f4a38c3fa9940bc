import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser } from "@/test/factories";
import { exportPersonalData } from "./export";

describe("personal data export", () => {
  it("holds the person's reports and the decisions about them, not others' and not the customer's description; audited", async () => {
    const location = await createLocation();
    const person = await createUser({ locations: [location.id] });
    const colleague = await createUser({ locations: [location.id] });
    const reviewer = await createUser({ role: "SUPERVISOR", supervises: [location.id], name: "Reviewer Example" });
    const admin = await createUser({ role: "ADMIN" });
    const mine = await createReport(person.id, location.id, { status: "JUSTIFIED", customerDescription: "Starszy pan w kapeluszu" });
    const theirs = await createReport(colleague.id, location.id);
    const reason = await db.decisionReason.findFirstOrThrow({ where: { outcome: "JUSTIFIED" } });
    await db.decision.create({
      data: { reportId: mine.id, reviewerId: reviewer.id, outcome: "JUSTIFIED", reasonCodeId: reason.id, rationale: "Procedura zachowana." },
    });

    const exported = await exportPersonalData(admin.id, person.id);
    expect(exported.person).toMatchObject({ id: person.id, email: person.email, memberships: [{ name: location.name }] });
    expect(exported.reports.map((r) => r.number)).toEqual([mine.number]);
    expect(exported.reports[0].decisions).toEqual([
      expect.objectContaining({ outcome: "JUSTIFIED", rationale: "Procedura zachowana.", reviewer: "Reviewer Example", reason: expect.objectContaining({ code: reason.code }) }),
    ]);
    const json = JSON.stringify(exported);
    expect(json).not.toContain("kapeluszu");
    expect(json).not.toContain(theirs.number);
    expect(await db.auditEvent.count({ where: { action: "admin.user.exported", entityId: person.id, actorId: admin.id } })).toBe(1);

    await expect(exportPersonalData(admin.id, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
    await expect(exportPersonalData(admin.id, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
  });
});
