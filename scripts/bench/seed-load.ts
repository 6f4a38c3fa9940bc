// Loads the bench company (scripts/bench/seed-rows.ts) into an empty,
// migrated database with COPY: secondary indexes are dropped first and built
// once at the end, foreign-key triggers are skipped where the role may
// (session_replication_role; the rows are consistent by construction), the
// trigger-kept counters are recounted, then VACUUM ANALYZE leaves the tables
// as a long-running database would have them.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { hashPassword } from "../../lib/auth/password.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { recreateDatabase } from "../../lib/db/connection.ts";
import type { BenchDatabase } from "./database.ts";
import {
  ADMIN_EMAIL,
  ADMIN_ID,
  BENCH_PASSWORD,
  EMPLOYEES,
  HR_EMAIL,
  HR_ID,
  LOCATIONS,
  employeeEmail,
  employeeId,
  locationCode,
  locationId,
  reportAt,
  supervisedBy,
  supervisorEmail,
  supervisorId,
  yearStarts,
  type BenchReport,
  type Plan,
} from "./seed-rows.ts";

type Cell = string | number | boolean | Date | string[] | null;

function cell(value: Cell): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  return String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
}

async function copyRows(
  client: pg.Client,
  table: string,
  columns: string[],
  rows: Iterable<Cell[]>,
): Promise<number> {
  let count = 0;
  function* chunks() {
    let buffer = "";
    for (const row of rows) {
      buffer += row.map(cell).join("\t") + "\n";
      count++;
      if (buffer.length > 256_000) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer) yield buffer;
  }
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
  return count;
}

const TABLES_WITH_BULK = ["RefusalReport", "Decision", "Appeal", "AuditEvent"];

/** Secondary indexes (not those behind primary keys): built once after the load. */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass and c.contype = 'p')`,
    [TABLES_WITH_BULK],
  );
  for (const row of rows) await client.query(`drop index "${row.indexname}"`);
  return rows.map((row) => row.indexdef);
}

function* range(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

function* reports(plan: Plan): Generator<BenchReport> {
  const years = yearStarts(plan);
  for (const i of range(plan.reports)) yield reportAt(plan, i, years);
}

export interface SeedSummary {
  reports: number;
  rows: number;
  seconds: number;
}

export async function loadBenchCompany(url: string, plan: Plan, log: (line: string) => void): Promise<SeedSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let total = 0;
  const timed = async (label: string, work: () => Promise<number>) => {
    const t0 = performance.now();
    const rows = await work();
    const seconds = (performance.now() - t0) / 1000;
    total += rows;
    log(`  ${label.padEnd(22)} ${String(rows).padStart(9)} rows  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(rows / seconds).toLocaleString("en").padStart(9)} rows/s`);
  };
  try {
    try {
      await client.query("set session_replication_role = replica");
    } catch {
      log("  (not a superuser: foreign keys are checked row by row, the load is slower)");
    }
    await client.query("set maintenance_work_mem = '512MB'");
    const indexes = await dropSecondaryIndexes(client);
    const reasons = new Map(
      (await client.query<{ code: string; id: string }>(`select code, id from "DecisionReason"`)).rows.map((r) => [r.code, r.id]),
    );
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const now = plan.anchor;
    const created = new Date(now.getTime() - 4 * 365 * 86_400_000);

    await timed("Location", () =>
      copyRows(client, "Location", ["id", "code", "name", "createdAt"], Array.from(range(LOCATIONS), (l) => [locationId(l), locationCode(l), `Sklep ${l + 1}`, created])),
    );
    const user = (id: string, email: string, name: string, role: string): Cell[] => [id, email, name, role, passwordHash, created, created];
    await timed("User", () =>
      copyRows(client, "User", ["id", "email", "name", "role", "passwordHash", "createdAt", "updatedAt"], [
        ...Array.from(range(EMPLOYEES), (j) => user(employeeId(j), employeeEmail(j), `Pracownik ${j + 1}`, "EMPLOYEE")),
        ...Array.from(range(LOCATIONS), (s) => user(supervisorId(s), supervisorEmail(s), `Kierownik ${s + 1}`, "SUPERVISOR")),
        user(HR_ID, HR_EMAIL, "Dział HR", "HR"),
        user(ADMIN_ID, ADMIN_EMAIL, "Administrator", "ADMIN"),
      ]),
    );
    await timed("UserLocation", () =>
      copyRows(client, "UserLocation", ["userId", "locationId"], [
        ...Array.from(range(EMPLOYEES), (j) => [employeeId(j), locationId(j % LOCATIONS)]),
        ...Array.from(range(LOCATIONS), (s) => [supervisorId(s), locationId(s)]),
      ]),
    );
    await timed("SupervisorAssignment", () =>
      copyRows(client, "SupervisorAssignment", ["userId", "locationId", "createdAt"], Array.from(range(LOCATIONS)).flatMap((s) => supervisedBy(s).map((l) => [supervisorId(s), locationId(l), created]))),
    );

    const reportColumns = [
      "id", "number", "idempotencyKey", "reporterId", "locationId", "occurredAt", "category", "aggressionKinds", "otherCategoryText",
      "narrative", "customerRequest", "reasonsExplained", "reasonsExplanation", "alternativeOffered", "alternativeDescription",
      "witnesses", "securityCalled", "policeCalled", "injury", "damage", "injuryDamageDetails", "riskBadReview", "riskLostCustomer",
      "legalRisk", "customerDescription", "customerDescriptionRedactedAt", "status", "version", "assigneeId", "claimedAt",
      "firstDecidedAt", "decidedAt", "createdAt", "updatedAt",
    ];
    await timed("RefusalReport", () =>
      copyRows(client, "RefusalReport", reportColumns, (function* () {
        for (const r of reports(plan)) {
          yield [
            r.id, r.number, r.idempotencyKey, r.reporterId, r.locationId, r.occurredAt, r.category, r.aggressionKinds, r.otherCategoryText,
            r.narrative, r.customerRequest, r.reasonsExplained, r.reasonsExplanation, r.alternativeOffered, r.alternativeDescription,
            r.witnesses, r.securityCalled, r.policeCalled, r.injury, r.damage, r.injuryDamageDetails, r.riskBadReview, r.riskLostCustomer,
            r.legalRisk, r.customerDescription, r.customerDescriptionRedactedAt, r.status, r.version, r.assigneeId, r.claimedAt,
            r.decidedAt, r.decidedAt, r.createdAt, r.decidedAt ?? r.claimedAt ?? r.createdAt,
          ];
        }
      })()),
    );
    await timed("Decision", () =>
      copyRows(client, "Decision", ["id", "reportId", "reviewerId", "outcome", "kind", "reasonCodeId", "rationale", "followUpActions", "createdAt"], (function* () {
        for (const r of reports(plan)) {
          const d = r.decision;
          if (d) yield [d.id, r.id, r.assigneeId, d.outcome, "INITIAL", reasons.get(d.reason)!, d.rationale, d.followUp, r.decidedAt];
        }
      })()),
    );
    await timed("Appeal", () =>
      copyRows(client, "Appeal", ["id", "reportId", "decisionId", "appellantId", "reason", "createdAt"], (function* () {
        for (const r of reports(plan)) {
          if (r.appeal) yield [r.appeal.id, r.id, r.decision!.id, r.reporterId, r.appeal.reason, r.appeal.createdAt];
        }
      })()),
    );
    await timed("AuditEvent", () =>
      copyRows(client, "AuditEvent", ["actorId", "action", "entityType", "entityId", "reportId", "fromStatus", "toStatus", "reason", "createdAt"], (function* () {
        for (const r of reports(plan)) {
          yield [r.reporterId, "report.submitted", "report", r.id, r.id, null, "SUBMITTED", null, r.createdAt];
          if (r.status === "WITHDRAWN") yield [r.reporterId, "report.withdrawn", "report", r.id, r.id, "SUBMITTED", "WITHDRAWN", r.withdrawReason, new Date(r.createdAt.getTime() + 600_000)];
          if (r.claimedAt) yield [r.assigneeId, "report.claimed", "report", r.id, r.id, "SUBMITTED", "IN_REVIEW", null, r.claimedAt];
          if (r.status === "NEEDS_INFO") yield [r.assigneeId, "report.info_requested", "report", r.id, r.id, "IN_REVIEW", "NEEDS_INFO", null, new Date(r.claimedAt!.getTime() + 600_000)];
          if (r.decision) yield [r.assigneeId, "report.decided", "report", r.id, r.id, "IN_REVIEW", r.decision.outcome, null, r.decidedAt];
          if (r.appeal) yield [r.reporterId, "report.appealed", "report", r.id, r.id, "NOT_JUSTIFIED", "APPEALED", null, r.appeal.createdAt];
        }
      })()),
    );
    const years = yearStarts(plan);
    const sequence = [...years.entries()].map(([year, start], k, all) => [year, (all[k + 1]?.[1] ?? plan.reports) - start] as Cell[]);
    await timed("ReportNumberSequence", () => copyRows(client, "ReportNumberSequence", ["year", "last"], sequence));

    const t0 = performance.now();
    for (const definition of indexes) await client.query(definition);
    log(`  indexes: ${indexes.length} built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // The COPY bypassed the triggers that keep the per-location status counts.
    await client.query("select refusal_desk_recount_report_status()");
    const t1 = performance.now();
    await client.query("reset session_replication_role").catch(() => {});
    await client.query("vacuum analyze");
    log(`  vacuum analyze: ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
  return { reports: plan.reports, rows: total, seconds: (performance.now() - started) / 1000 };
}

/** Drops and recreates `name` on the bench server, then fills it with `reports` reports. */
export async function seedBench(
  server: Pick<BenchDatabase, "adminUrl" | "url">,
  name: string,
  reports: number,
  log: (line: string) => void = console.log,
): Promise<SeedSummary> {
  await recreateDatabase(server.adminUrl, name);
  await applyMigrations(server.url);
  // The newest report is from a few minutes ago, so "waiting" and "this year" mean now.
  const anchor = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000);
  log(`Seeding ${reports.toLocaleString("en")} reports into ${name}…`);
  const summary = await loadBenchCompany(server.url, { reports, anchor, seed: 0x8e4c_2026 }, log);
  log(
    `Seeded ${summary.rows.toLocaleString("en")} rows in ${summary.seconds.toFixed(1)} s ` +
      `(${Math.round(summary.rows / summary.seconds).toLocaleString("en")} rows/s overall, indexes and VACUUM ANALYZE included).`,
  );
  return summary;
}
