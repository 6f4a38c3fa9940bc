import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, sessionFor } from "@/test/factories";
import { createReason, updateReason } from "./reasons";

const texts = {
  labelPl: "Powód testowy",
  labelEn: "Test reason",
  definitionPl: "Definicja powodu używana tylko w teście.",
  definitionEn: "A definition used only by this test.",
  sortOrder: 500,
  active: true,
};

// Generous limit: these run real transactions on a machine shared with other builds.
describe("decision reasons", { timeout: 120_000 }, () => {
  it("adds a reason once per code and edits its wording with an audit trail", async () => {
    const admin = await sessionFor((await createUser({ role: "ADMIN" })).id);
    const code = `TEST_${crypto.randomUUID().slice(0, 8).toUpperCase().replaceAll("-", "")}`;
    const created = await createReason(admin, { code, outcome: "NOT_JUSTIFIED", ...texts });
    await expect(createReason(admin, { code, outcome: "JUSTIFIED", ...texts })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { code: ["codeTaken"] },
    });
    await updateReason(admin, { id: created.id, ...texts, labelEn: "Renamed reason", active: false });
    const after = await db.decisionReason.findUniqueOrThrow({ where: { id: created.id } });
    expect(after).toMatchObject({ code, outcome: "NOT_JUSTIFIED", labelEn: "Renamed reason", active: false });
    const audit = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["admin.reason.created", admin.id],
      ["admin.reason.updated", admin.id],
    ]);
  });

  it("adds one reason when two admins send the same new code at once; the other gets the field error", async () => {
    const admin = await sessionFor((await createUser({ role: "ADMIN" })).id);
    const code = `TEST_${crypto.randomUUID().slice(0, 8).toUpperCase().replaceAll("-", "")}`;
    const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => createReason(admin, { code, outcome: "JUSTIFIED", ...texts })));
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts.filter((attempt) => attempt.status === "rejected")) {
      expect(attempt.reason).toMatchObject({ code: "validation", fieldErrors: { code: ["codeTaken"] } });
    }
    expect(await db.decisionReason.count({ where: { code } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "admin.reason.created", data: { path: ["code"], equals: code } } })).toBe(1);
  });

  it("rejects a code that HR could not count by and unknown fields", async () => {
    const admin = await sessionFor((await createUser({ role: "ADMIN" })).id);
    await expect(createReason(admin, { code: "lower case", outcome: "JUSTIFIED", ...texts })).rejects.toMatchObject({ code: "validation" });
    await expect(updateReason(admin, { id: crypto.randomUUID(), ...texts, code: "X" } as never)).rejects.toMatchObject({ code: "validation" });
  });
});
