// Where the benchmarks keep their data: never the demo database. With
// --database-url (or DATABASE_URL) the same server, in a database of its own
// (refusal_desk_bench); otherwise an embedded PostgreSQL in a bench data
// directory under the OS temp dir, which survives between `bench:seed` and
// `bench` so a million reports are seeded once.
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded.ts";
import { validateDatabaseUrl, withDatabase } from "../../lib/db/connection.ts";

export const BENCH_DATABASE = "refusal_desk_bench";
export const BENCH_QUICK_DATABASE = "refusal_desk_bench_quick";
export const DEFAULT_BENCH_PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);

export interface BenchDatabase {
  /** URL of the bench database itself. */
  url: string;
  /** URL of the server's maintenance database, to create or drop the bench one. */
  adminUrl: string;
  embedded: EmbeddedPostgresHandle | null;
  stop: () => Promise<void>;
}

export function benchDataDir(): string {
  return path.resolve(process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), "refusal-desk-bench"));
}

/**
 * Opens the server that holds the bench database. `url` names any database on
 * that server, only its server is used (the bench gets `name`); without it
 * the embedded server starts.
 */
export async function openBenchServer(options: { url?: string | null; name: string; pgPort: number }): Promise<BenchDatabase> {
  if (options.url) {
    const url = validateDatabaseUrl(options.url);
    return { url: withDatabase(url, options.name), adminUrl: withDatabase(url, "postgres"), embedded: null, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(benchDataDir(), "pg"), port: options.pgPort });
  return {
    url: embedded.url(options.name),
    adminUrl: embedded.url("postgres"),
    embedded,
    stop: () => embedded.stop(),
  };
}


export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}
