// Where the database lives, for Node scripts (start, seed, tests): the server
// in DATABASE_URL, or an embedded PostgreSQL under the data directory.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgresHandle } from "./embedded.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const EMBEDDED_DATABASE = "refusal_desk";

export function dataDir(): string {
  return path.resolve(process.env.REFUSAL_DESK_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"));
}

export interface DatabaseConnection {
  url: string;
  embedded: EmbeddedPostgresHandle | null;
}

export function validateDatabaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EmbeddedPostgresError("DATABASE_URL is not a valid URL: expected postgresql://user:password@host:5432/database");
  }
  if (!["postgres:", "postgresql:"].includes(url.protocol) || !url.hostname || url.pathname.length < 2) {
    throw new EmbeddedPostgresError("DATABASE_URL must look like postgresql://user:password@host:5432/database");
  }
  return value;
}

/** The same server's URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Drops a database (disconnecting whoever is in it) and creates it empty, through the server's maintenance database. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

export async function connectDatabase(log?: (line: string) => void): Promise<DatabaseConnection> {
  if (process.env.DATABASE_URL) return { url: validateDatabaseUrl(process.env.DATABASE_URL), embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir(), "pg"), port, log });
  await embedded.createDatabase(EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}

/** A secret kept beside the embedded data, so sessions survive restarts. */
export function localAuthSecret(): string {
  const file = path.join(dataDir(), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir(), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
