// Applies prisma/migrations/*/migration.sql in order and records each in
// Prisma's own `_prisma_migrations` table (same columns, same sha256 checksum),
// so a machine with the normal Prisma CLI can run `prisma migrate deploy` on
// the same database. Used by scripts and tests, which run outside Next.js.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { MIGRATION_LOCK_KEY } from "./lock-keys.ts";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;


export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrationOptions {
  dir?: string;
  /**
   * How long one statement of a migration may wait for a table lock. A
   * migration that changes a table waits for every transaction using it (a
   * long export, say), and every query on that table then queues behind the
   * migration: the app stops answering. With a limit, it gives up, lets the
   * queue through, and tries again a moment later.
   */
  lockTimeoutMs?: number;
  /** Tries per migration before the start fails (with the lock's error). */
  attempts?: number;
  /** Wait before try n+1: n × this. */
  retryDelayMs?: number;
}

const LOCK_NOT_AVAILABLE = "55P03";

/** Applies pending migrations; returns the names it applied. */
export async function applyMigrations(
  connectionString: string,
  { dir = MIGRATIONS_DIR, lockTimeoutMs = 5_000, attempts = 10, retryDelayMs = 1_000 }: MigrationOptions = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Several app instances may start at once; one migrates, the others wait.
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `select migration_name, checksum, finished_at from "_prisma_migrations" where rolled_back_at is null`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const done: string[] = [];
    for (const migration of readMigrations(dir)) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (!previous.finished_at) {
          throw new Error(`Migration ${migration.name} failed earlier and needs manual attention.`);
        }
        if (previous.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was edited after it was applied.`);
        }
        continue;
      }
      for (let attempt = 1; ; attempt += 1) {
        try {
          await applyOne(client, migration, lockTimeoutMs);
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE || attempt >= attempts) {
            throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
          }
          console.warn(`[migrate] ${migration.name}: a table is in use (${(error as Error).message}); try ${attempt + 1} of ${attempts}`);
          await new Promise((resolve) => setTimeout(resolve, attempt * retryDelayMs));
        }
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** One migration and its record, in one transaction: all of it or nothing. */
async function applyOne(client: pg.Client, migration: MigrationFile, lockTimeoutMs: number) {
  const id = randomUUID();
  await client.query("begin");
  try {
    await client.query(`select set_config('lock_timeout', $1, true)`, [`${lockTimeoutMs}ms`]);
    await client.query(
      `insert into "_prisma_migrations" (id, checksum, migration_name, started_at) values ($1, $2, $3, now())`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`update "_prisma_migrations" set finished_at = now(), applied_steps_count = 1 where id = $1`, [id]);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}
