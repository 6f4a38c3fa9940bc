// npm run bench:explain -- "<sql>" [--pg-port N] [--database-url URL]: EXPLAIN
// (ANALYZE, BUFFERS) of one statement on the bench database, for profiling a
// figure that misses its target. Statements run inside a rolled-back transaction.
import { parseArgs } from "node:util";
import pg from "pg";
import { BENCH_DATABASE, DEFAULT_BENCH_PG_PORT, openBenchServer } from "./database.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "database-url": { type: "string" }, "pg-port": { type: "string", default: String(DEFAULT_BENCH_PG_PORT) } },
});
const server = await openBenchServer({
  url: values["database-url"] ?? process.env.DATABASE_URL ?? null,
  name: BENCH_DATABASE,
  pgPort: Number(values["pg-port"]),
});
const client = new pg.Client({ connectionString: server.url });
try {
  await client.connect();
  await client.query("begin");
  for (const sql of positionals) {
    const { rows } = await client.query(`explain (analyze, buffers) ${sql}`);
    console.log(rows.map((row) => row["QUERY PLAN"]).join("\n"), "\n");
  }
} finally {
  await client.query("rollback").catch(() => {});
  await client.end();
  await server.stop();
}
