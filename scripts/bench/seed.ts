// npm run bench:seed -- --reports 1000000 [--database-url URL] [--pg-port N]
// Recreates the bench database (never the demo one: see ./database.ts),
// applies the migrations and loads the bench company with COPY; prints rows/s.
import { parseArgs } from "node:util";
import { BENCH_DATABASE, DEFAULT_BENCH_PG_PORT, openBenchServer } from "./database.ts";
import { seedBench } from "./seed-load.ts";

async function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: "string", default: "1000000" },
      "database-url": { type: "string" },
      "pg-port": { type: "string", default: String(DEFAULT_BENCH_PG_PORT) },
    },
  });
  const reports = Number(values.reports);
  if (!Number.isInteger(reports) || reports < 1) throw new Error("--reports must be a positive integer");
  const server = await openBenchServer({
    url: values["database-url"] ?? process.env.DATABASE_URL ?? null,
    name: BENCH_DATABASE,
    pgPort: Number(values["pg-port"]),
  });
  try {
    await seedBench(server, BENCH_DATABASE, reports);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`bench:seed: ${(error as Error).message}`);
  process.exit(1);
});
