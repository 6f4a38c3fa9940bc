import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { withScratchDatabase } from "../../test/db.ts";
import { scriptsOf } from "./figures/p5-bundle.ts";
import { FIGURE_IDS, formatTable, notAvailable, quickRunProblems, type BenchResults, type Figure } from "./results.ts";
import { loadBenchCompany } from "./seed-load.ts";
import { EMPLOYEES, LOCATIONS, employeeId, locationId, reportAt, yearStarts, type Plan } from "./seed-rows.ts";

const plan: Plan = { reports: 20_000, anchor: new Date("2026-11-20T12:00:00Z"), seed: 7 };

describe("bench company rows", () => {
  const years = yearStarts(plan);
  const rows = Array.from({ length: plan.reports }, (_, i) => reportAt(plan, i, years));

  it("numbers reports per year, uniquely and in filing order", () => {
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    expect(rows[0].number).toBe(`R-${rows[0].createdAt.getUTCFullYear()}-000001`);
    for (let i = 1; i < rows.length; i++) expect(rows[i].createdAt.getTime()).toBeGreaterThanOrEqual(rows[i - 1].createdAt.getTime());
    const last2025 = rows.filter((r) => r.number.startsWith("R-2025-")).at(-1)!;
    expect(Number(last2025.number.slice(7))).toBe(rows.filter((r) => r.createdAt.getUTCFullYear() === 2025).length);
  });

  it("gives every row its own ids", () => {
    const ids = rows.flatMap((r) => [r.id, r.idempotencyKey, ...(r.decision ? [r.decision.id] : []), ...(r.appeal ? [r.appeal.id] : [])]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("files each report by an employee of its location, with a decision exactly when decided", () => {
    const employeesOf = (l: number) => Array.from({ length: EMPLOYEES / LOCATIONS }, (_, k) => employeeId(l + LOCATIONS * k));
    for (const r of rows.slice(0, 500)) {
      const l = Array.from({ length: LOCATIONS }, (_, k) => k).find((k) => locationId(k) === r.locationId)!;
      expect(employeesOf(l)).toContain(r.reporterId);
      expect(r.decision !== null).toBe(["JUSTIFIED", "NOT_JUSTIFIED", "APPEALED"].includes(r.status));
    }
  });

  it("puts nothing after the anchor, even when it falls early in the day", () => {
    const morning: Plan = { ...plan, anchor: new Date("2026-11-27T03:35:00Z") };
    const morningYears = yearStarts(morning);
    const times = Array.from({ length: morning.reports }, (_, i) => reportAt(morning, i, morningYears)).flatMap((r) =>
      [r.createdAt, r.claimedAt, r.decidedAt, r.appeal?.createdAt].filter((time): time is Date => time instanceof Date),
    );
    expect(Math.max(...times.map((time) => time.getTime()))).toBeLessThanOrEqual(morning.anchor.getTime());
    // The newest reports are from the day before, not weeks back.
    expect(morning.anchor.getTime() - reportAt(morning, morning.reports - 1, morningYears).createdAt.getTime()).toBeLessThan(86_400_000);
  });

  it("has the status mix of a working desk: most decided, a recent backlog", () => {
    const share = (status: string) => rows.filter((r) => r.status === status).length / rows.length;
    expect(share("JUSTIFIED") + share("NOT_JUSTIFIED")).toBeGreaterThan(0.8);
    expect(share("SUBMITTED")).toBeGreaterThan(0.01);
    const recent = rows.filter((r) => plan.anchor.getTime() - r.createdAt.getTime() < 2 * 86_400_000);
    expect(recent.filter((r) => r.status === "SUBMITTED").length / recent.length).toBeGreaterThan(0.5);
  });
});

describe("loading the bench company", () => {
  it("loads consistent rows with COPY and rebuilds the indexes", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      const summary = await loadBenchCompany(url, { ...plan, reports: 400 }, () => {});
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(`
          select (select count(*)::int from "RefusalReport") as reports,
            (select count(*)::int from "Decision") as decisions,
            (select count(*)::int from "RefusalReport" where "status" in ('JUSTIFIED', 'NOT_JUSTIFIED', 'APPEALED')) as decided,
            (select count(*)::int from "AuditEvent" where "action" = 'report.submitted') as submitted,
            (select sum("last")::int from "ReportNumberSequence") as numbered,
            (select count(*)::int from "RefusalReport" r left join "UserLocation" m
               on m."userId" = r."reporterId" and m."locationId" = r."locationId" where m."userId" is null) as outsiders,
            (select count(*)::int from pg_indexes where tablename = 'RefusalReport') as indexes`);
        expect(rows[0]).toMatchObject({ reports: 400, submitted: 400, numbered: 400, outsiders: 0 });
        expect(rows[0].decisions).toBe(rows[0].decided);
        expect(rows[0].indexes).toBeGreaterThanOrEqual(9);
        expect(summary.rows).toBeGreaterThan(400);
      } finally {
        await client.end();
      }
    });
  });
});

describe("results", () => {
  const ok = (id: string): Figure => ({
    id,
    title: id,
    status: "ok",
    app: { value: 10, unit: "/s" },
    baseline: { value: 20, unit: "/s" },
    ratio: 0.5,
    target: "t",
    pass: true,
  });
  const results = (figures: Figure[]): BenchResults => ({
    date: "2026-11-26T00:00:00.000Z",
    mode: "quick",
    reports: 2000,
    machine: { cpus: 2, cpuModel: "x", memoryGb: 1, platform: "linux", node: "v20", postgres: "18" },
    figures,
  });

  it("accepts a run with every figure, or n/a for a feature not built yet", () => {
    expect(quickRunProblems(results(FIGURE_IDS.map(ok)))).toEqual([]);
    const missing = FIGURE_IDS.map((id) => (id === "P3" ? notAvailable(id, id, "t", "feature missing: CSV export") : ok(id)));
    expect(quickRunProblems(results(missing))).toEqual([]);
  });

  it("rejects a missing figure, a failed one and a non-numeric value", () => {
    const failed = FIGURE_IDS.map((id) => (id === "P1" ? notAvailable(id, id, "t", "failed: boom") : ok(id)));
    expect(quickRunProblems(results(failed))).toEqual(["P1: failed: boom"]);
    expect(quickRunProblems(results(FIGURE_IDS.slice(1).map(ok)))).toEqual(["P1: missing"]);
    const broken = FIGURE_IDS.map(ok);
    broken[2] = { ...broken[2], app: { value: Number.NaN, unit: "ms" } };
    expect(quickRunProblems(results(broken))).toEqual([`${FIGURE_IDS[2]}: app value`]);
  });

  it("prints one table row per figure, with the details a reader compares", () => {
    const figures = FIGURE_IDS.map(ok);
    figures[0] = { ...figures[0], app: { value: 481.2, unit: "/s", details: { p99: 183.4, requests: 9_624, healthRoutePerSecond: 812.3 } } };
    const table = formatTable(results(figures)).split("\n");
    expect(table).toHaveLength(2 + FIGURE_IDS.length);
    expect(table[2]).toContain("| P1 ");
    expect(table[2]).toContain("481 /s (p99 183, healthRoutePerSecond 812)");
    expect(table[2]).not.toContain("requests");
    expect(table[2]).toContain("pass");
  });
});

describe("first-load scripts", () => {
  it("takes the page's external scripts, not inline ones or nomodule polyfills", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1])</script>
      <script src="/_next/static/chunks/poly.js" noModule=""></script><script src="/_next/static/chunks/b.js?dpl=1"></script>
      <script src="https://cdn.example/x.js"></script><script src="/_next/static/chunks/a.js"></script>`;
    expect(scriptsOf(html)).toEqual(["static/chunks/a.js", "static/chunks/b.js"]);
  });
});
