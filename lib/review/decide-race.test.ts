import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createReport, sessionFor } from "@/test/factories";
import { decisionInput, reviewFixture } from "@/test/review";
import { decideReport } from "./decide";

// 200 transactions queue on the 10-connection pool at once. The waiting limits
// (DB_CONNECT_TIMEOUT_MS and DB_TX_MAX_WAIT_MS, 10 s each) are meant to fail fast
// when the database is down; on a busy shared test machine the last queued
// transaction can legitimately wait longer, which would fail the test for the
// wrong reason. This file runs in its own worker process, so the settings stay here.
// They reach every transaction through the client: lib/db/client.ts reads env()
// once, when the first query creates it, which is after this hook; the check
// below fails if anything read (and so cached) the environment earlier.
beforeAll(() => {
  vi.stubEnv("DB_CONNECT_TIMEOUT_MS", "300000");
  vi.stubEnv("DB_TX_MAX_WAIT_MS", "300000");
  expect(env()).toMatchObject({ DB_CONNECT_TIMEOUT_MS: 300_000, DB_TX_MAX_WAIT_MS: 300_000 });
});

const outcomeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string; name?: string }) => (error.name === "AppError" ? error.code : String(error)),
  );

describe("concurrent decisions", () => {
  it("stores exactly one decision per report when 2 × 100 decide calls race", { timeout: 600_000 }, async () => {
    const { location, employee, supervisor, colleague } = await reviewFixture();
    const [asA, asB] = [await sessionFor(supervisor.id), await sessionFor(colleague.id)];
    const reports = await Promise.all(
      Array.from({ length: 100 }, () => createReport(employee.id, location.id, { status: "IN_REVIEW", assigneeId: supervisor.id })),
    );
    const [justified, notJustified] = [await decisionInput(reports[0].id, 1, "JUSTIFIED"), await decisionInput(reports[0].id, 1)];
    const attempts = reports.flatMap((report) => [
      outcomeOf(decideReport(asA, { ...justified, reportId: report.id, version: report.version })),
      outcomeOf(decideReport(asB, { ...notJustified, reportId: report.id, version: report.version })),
    ]);
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r !== "ok" && r !== "conflict")).toEqual([]);
    expect(results.filter((r) => r === "ok")).toHaveLength(100);
    expect(results.filter((r) => r === "conflict")).toHaveLength(100);

    const ids = reports.map((r) => r.id);
    const decisions = await db.decision.findMany({ where: { reportId: { in: ids } } });
    expect(decisions).toHaveLength(100);
    expect(new Set(decisions.map((d) => d.reportId)).size).toBe(100);
    const rows = await db.refusalReport.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      const decision = decisions.find((d) => d.reportId === row.id)!;
      expect(row.status).toBe(decision.outcome);
      expect(row.version).toBe(2);
      expect(row.assigneeId).toBe(decision.reviewerId);
    }
    expect(await db.auditEvent.count({ where: { reportId: { in: ids }, action: "report.decided" } })).toBe(100);
    expect(await db.auditEvent.count({ where: { reportId: { in: ids } } })).toBe(100);
  });
});
