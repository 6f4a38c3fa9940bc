import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { appealDecision } from "@/lib/review/appeals";
import { decideReport } from "@/lib/review/decide";
import { withScratchDatabase } from "@/test/db";
import { decisionInput, reviewFixture } from "@/test/review";
import { applyMigrations } from "./migrations";

// The report's history (decisions, audit events, appeals, questions and
// answers, consequences) is written once and never changed or removed: the
// database refuses it, whatever the code asks.
const HISTORY = ["Decision", "AuditEvent", "Appeal", "ReportMessage", "Consequence"] as const;

describe("the report's history in the database", () => {
  it("refuses to change or remove an appeal, a message of the thread or a consequence", async () => {
    const { report, asEmployee, asSupervisor, asHr, supervisor } = await reviewFixture("IN_REVIEW");
    const { version } = await decideReport(asSupervisor, await decisionInput(report.id, report.version));
    const { appealId } = await appealDecision(asEmployee, { reportId: report.id, version, reason: "Klient groził mi, świadek to potwierdzi." });
    const message = await db.reportMessage.create({ data: { reportId: report.id, authorId: supervisor.id, kind: "QUESTION", body: "Kto był świadkiem?" } });
    const consequence = await db.consequence.create({ data: { reportId: report.id, kind: "CUSTOMER_COMPLAINT", recordedById: asHr.id } });
    for (const [table, id] of [["Appeal", appealId], ["ReportMessage", message.id], ["Consequence", consequence.id]] as const) {
      await expect(db.$executeRawUnsafe(`update "${table}" set "createdAt" = now() where "id" = $1::uuid`, id)).rejects.toThrow(`${table} is append-only`);
      await expect(db.$executeRawUnsafe(`delete from "${table}" where "id" = $1::uuid`, id)).rejects.toThrow(`${table} is append-only`);
    }
    expect(await db.appeal.count({ where: { id: appealId } })).toBe(1);
    expect(await db.reportMessage.count({ where: { id: message.id } })).toBe(1);
    expect(await db.consequence.count({ where: { id: consequence.id } })).toBe(1);
  });

  it("refuses TRUNCATE of every history table (it fires no row triggers)", async () => {
    // In a database of its own: were the trigger missing, TRUNCATE would empty the table.
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const table of HISTORY) {
          await expect(client.query(`truncate "${table}" cascade`), table).rejects.toThrow(`${table} is append-only`);
        }
      } finally {
        await client.end();
      }
    });
  });
});
