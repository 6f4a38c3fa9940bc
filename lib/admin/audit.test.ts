import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser } from "@/test/factories";
import { auditFilterOptions, listAuditEvents } from "./audit";
import { auditFilterSchema } from "./schemas";

describe("audit log query", () => {
  it("filters by actor, action and date, newest first, in keyset pages without gaps or repeats", async () => {
    const actor = await createUser({ role: "ADMIN" });
    const entityId = randomUUID();
    const action = `admin.test_${randomUUID().slice(0, 6)}`;
    await db.auditEvent.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({
        actorId: actor.id,
        action: i % 2 ? `${action}.odd` : `${action}.even`,
        entityType: "Test",
        entityId,
        createdAt: new Date(Date.UTC(2026, 0, 10 + i, 12)),
      })),
    });

    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listAuditEvents({ actor: actor.id, before }, 3);
      seen.push(...result.events.map((e) => e.id));
      expect(result.events.every((e) => e.actorName === actor.name)).toBe(true);
      if (!result.nextBefore) break;
      before = result.nextBefore;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.map(BigInt)).toEqual([...seen.map(BigInt)].sort((a, b) => (b > a ? 1 : -1)));

    // An event about a report names it by its number, for the reader.
    const location = await createLocation();
    const report = await createReport(actor.id, location.id);
    const holder = await createUser({ role: "SUPERVISOR" });
    await db.auditEvent.create({
      data: {
        actorId: actor.id,
        action: `${action}.report`,
        entityType: "report",
        entityId: report.id,
        reportId: report.id,
        data: { locationIds: [location.id], holderId: holder.id },
      },
    });
    const aboutReport = await listAuditEvents({ actor: actor.id, action: `${action}.report` });
    expect(aboutReport.events.map((e) => e.reportNumber)).toEqual([report.number]);
    // Its details as lines, the location and the person its ids name looked up for the page.
    expect(aboutReport.events[0].details).toEqual([
      { path: ["holderId"], value: holder.id },
      { path: ["locationIds"], value: [location.id] },
    ]);
    expect(aboutReport.namesById).toEqual({ [location.id]: location.name, [holder.id]: holder.name, [actor.id]: actor.name });

    // An event about a person or a location names it; a reason code in the details comes with its labels.
    const reasonCode = `T${randomUUID().slice(0, 6).toUpperCase()}`;
    const namedAction = `admin.named_${randomUUID().slice(0, 6)}`;
    await db.decisionReason.create({
      data: { code: reasonCode, outcome: "JUSTIFIED", labelPl: "Powód testowy", labelEn: "Test reason", definitionPl: "Definicja testowa.", definitionEn: "Test definition.", sortOrder: 999 },
    });
    await db.auditEvent.createMany({
      data: [
        { actorId: actor.id, action: namedAction, entityType: "User", entityId: actor.id, data: { reasonCode } },
        { actorId: actor.id, action: namedAction, entityType: "Location", entityId: location.id },
        { actorId: actor.id, action: namedAction, entityType: "export", entityId: "odmowy_2026-03-01_2026-03-31.csv" },
      ],
    });
    const named = await listAuditEvents({ actor: actor.id, action: namedAction });
    expect(named.events.map((e) => e.entityName).sort()).toEqual([actor.name, location.name, "odmowy_2026-03-01_2026-03-31.csv"].sort());
    expect(named.reasonLabels).toEqual({ [reasonCode]: { pl: "Powód testowy", en: "Test reason" } });
    expect((await listAuditEvents({ actor: actor.id, action: `${action}.even` })).events.every((e) => e.reportNumber === null)).toBe(true);

    const odd = await listAuditEvents({ actor: actor.id, action: `${action}.odd` });
    expect(odd.events).toHaveLength(3);
    // Whole names only, as the filter's select offers them (a prefix read every event).
    const prefix = await listAuditEvents({ actor: actor.id, action });
    expect(prefix.events).toHaveLength(0);

    // 2026-01-12 .. 2026-01-13 in Warsaw time: two events (12 UTC on each day).
    const days = await listAuditEvents({ actor: actor.id, from: "2026-01-12", to: "2026-01-13" });
    expect(days.events.map((e) => e.createdAt.toISOString().slice(0, 10))).toEqual(["2026-01-13", "2026-01-12"]);
  });

  it("offers each action name and each person who acted once in the filter form, in order", async () => {
    const [actor, bystander] = [await createUser({ role: "ADMIN" }), await createUser({ role: "ADMIN" })];
    const action = `admin.test_${randomUUID().slice(0, 6)}`;
    await db.auditEvent.createMany({
      data: [`${action}.b`, `${action}.a`, `${action}.b`].map((name) => ({ actorId: actor.id, action: name, entityType: "Test", entityId: randomUUID() })),
    });
    const options = await auditFilterOptions();
    expect(options.actions.filter((name) => name.startsWith(action))).toEqual([`${action}.a`, `${action}.b`]);
    expect(new Set(options.actions).size).toBe(options.actions.length);
    expect(options.actors.filter((person) => person.id === actor.id)).toEqual([{ id: actor.id, name: actor.name }]);
    expect(options.actors.some((person) => person.id === bystander.id)).toBe(false);
  });

  it("reads a page cursor beyond PostgreSQL's bigint as no cursor, not as a database error", async () => {
    const largest = auditFilterSchema.parse({ before: "9223372036854775807" });
    expect(largest.before).toBe("9223372036854775807");
    await expect(listAuditEvents(largest, 1)).resolves.toMatchObject({ events: expect.any(Array) });
    expect(auditFilterSchema.parse({ before: "9223372036854775808" }).before).toBeUndefined();
    expect(auditFilterSchema.parse({ before: "99999999999999999999" }).before).toBeUndefined();
  });

  it("ignores a day outside the years a filter may ask about, rather than failing the page", async () => {
    // "0000-01-01" passed z.iso.date() and became an instant PostgreSQL refused: a 500.
    const filter = auditFilterSchema.parse({ from: "0000-01-01", to: "9999-12-31" });
    expect(filter).toEqual({});
    await expect(listAuditEvents(auditFilterSchema.parse({ from: "2026-01-15", to: "2026-01-15" }), 1)).resolves.toMatchObject({ events: expect.any(Array) });
  });
});
