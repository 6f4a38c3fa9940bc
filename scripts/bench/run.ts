// npm run bench [-- --quick] [--database-url URL] [--pg-port N] [--port N] [--out FILE] [--build]
//
// Runs P1–P5 (issue 8) against a production build of the app serving the bench
// database, each with its PostgreSQL baseline in the same run, prints one table
// and writes the results as JSON (bench/results/<date>.json by default).
// Full runs need `npm run bench:seed` first; --quick seeds its own small
// database (2,000 reports) and runs each load for a few seconds.
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { PROJECT_ROOT } from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { ensureBuild, startApp, type AppServer } from "./app-server.ts";
import { restore, snapshot } from "./cleanup.ts";
import type { BenchContext } from "./context.ts";
import { BENCH_DATABASE, BENCH_QUICK_DATABASE, DEFAULT_BENCH_PG_PORT, databaseExists, openBenchServer } from "./database.ts";
import { runP1 } from "./figures/p1-filing.ts";
import { runP2 } from "./figures/p2-queue.ts";
import { runP3 } from "./figures/p3-export.ts";
import { runP4 } from "./figures/p4-dashboard.ts";
import { runP5 } from "./figures/p5-bundle.ts";
import { formatTable, machine, notAvailable, writeResults, type BenchResults, type Figure } from "./results.ts";
import { seedBench } from "./seed-load.ts";

const QUICK_REPORTS = 2_000;
// Columns are UTC timestamps without a zone: read them as UTC whatever TZ says.
pg.types.setTypeParser(1114, (value) => new Date(`${value.replace(" ", "T")}Z`));

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "database-url": { type: "string" },
    "pg-port": { type: "string", default: String(DEFAULT_BENCH_PG_PORT) },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3200" },
    out: { type: "string" },
    build: { type: "boolean", default: false },
    /** Comma-separated figure groups to run (P1,P2,P3,P4,P5), for profiling one; default all. */
    only: { type: "string" },
  },
});
const selected = (group: string) => !args.only || args.only.split(",").map((g) => g.trim().toUpperCase()).includes(group);

const log = (line: string) => console.log(line);

/** Each figure on its own: one that throws is reported as n/a with the reason, the others still run. */
async function attempt(ids: string[], titles: string[], target: string, run: () => Promise<Figure | Figure[]>): Promise<Figure[]> {
  try {
    const result = await run();
    return Array.isArray(result) ? result : [result];
  } catch (error) {
    const reason = `failed: ${(error as Error).message.split("\n")[0]}`;
    log(`  ${ids.join("/")} ${reason}`);
    return ids.map((id, k) => notAvailable(id, titles[k], target, reason));
  }
}

async function main(): Promise<number> {
  const quick = args.quick;
  const name = quick ? BENCH_QUICK_DATABASE : BENCH_DATABASE;
  const server = await openBenchServer({
    url: args["database-url"] ?? process.env.DATABASE_URL ?? null,
    name,
    pgPort: Number(args["pg-port"]),
  });
  let app: AppServer | null = null;
  const pool = new pg.Pool({ connectionString: server.url, max: 4 });
  pool.on("error", () => {}); // an idle client dropped by the server: the next query reconnects
  try {
    if (quick) await seedBench(server, name, QUICK_REPORTS, () => {});
    else if (!(await databaseExists(server.adminUrl, name))) {
      throw new Error(`no bench database: run \`npm run bench:seed -- --reports 1000000\` first`);
    } else {
      // Measure the schema the code expects: migrations added since the seed (indexes) apply here.
      const applied = await applyMigrations(server.url);
      if (applied.length) log(`Applied migrations to the bench database: ${applied.join(", ")}`);
    }
    const { rows } = await pool.query<{ n: number; version: string }>(
      `select (select count(*)::int from "RefusalReport") as n, current_setting('server_version') as version`,
    );
    const reports = rows[0].n;
    log(`Bench database ${name}: ${reports.toLocaleString("en")} reports (PostgreSQL ${rows[0].version})`);

    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: server.url,
      NEXTAUTH_SECRET: "refusal-desk-bench-secret-0123456789abcdef",
    };
    ensureBuild(env, log, args.build);
    const before = await snapshot(pool);
    app = await startApp({ port: Number(args.port), env, log });
    const ctx: BenchContext = {
      app,
      databaseUrl: server.url,
      pool,
      quick,
      reports,
      loadSeconds: quick ? 4 : 20,
      latencySeconds: quick ? 3 : 10,
      log,
    };

    // Filing last: the reports it adds must not change what the others read.
    const groups = [
      { group: "P5", ids: ["P5"], titles: ["first-load JS of /reports/new (gzip)"], target: "< 150 kB", run: runP5 },
      { group: "P2", ids: ["P2a", "P2b"], titles: ["review queue, first page", "review queue, deep page"], target: "p95 < 50 ms; ≤ 3× SQL", run: runP2 },
      { group: "P4", ids: ["P4"], titles: ["HR dashboard, one year"], target: "p95 < 300 ms", run: runP4 },
      { group: "P3", ids: ["P3"], titles: ["CSV export of all reports"], target: "≥ 50 % of COPY; RSS growth < 250 MB", run: runP3 },
      { group: "P1", ids: ["P1"], titles: ["report submits/s, 50 clients"], target: "≥ 40 % of baseline; p99 < 150 ms", run: runP1 },
    ];
    const figures: Figure[] = [];
    for (const { group, ids, titles, target, run } of groups) {
      if (!selected(group)) continue;
      log(`${group}…`);
      figures.push(...(await attempt(ids, titles, target, () => run(ctx))));
    }
    figures.sort((a, b) => a.id.localeCompare(b.id));

    await app.stop();
    app = null;
    const removed = await restore(pool, before);
    log(`Bench database restored (${removed} filed reports removed).`);

    const results: BenchResults = {
      date: new Date().toISOString(),
      mode: quick ? "quick" : "full",
      reports,
      machine: machine(rows[0].version),
      figures,
    };
    const day = results.date.slice(0, 10);
    const out = path.resolve(args.out ?? path.join(PROJECT_ROOT, "bench", "results", quick ? `${day}-quick.json` : `${day}.json`));
    writeResults(results, out);
    log(`\n${formatTable(results)}\n`);
    log(`${results.machine.cpus} CPUs (${results.machine.cpuModel}), ${results.date}. Results: ${path.relative(process.cwd(), out)}`);
    return 0;
  } finally {
    await app?.stop();
    await pool.end();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${(error as Error).message}`);
    process.exit(1);
  },
);
