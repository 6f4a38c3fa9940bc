import "server-only";
import { pipeline, type Readable, type Transform } from "node:stream";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// `COPY (SELECT …) TO STDOUT` streamed through pg-copy-streams: PostgreSQL
// writes the rows itself, at its own speed, instead of a row at a time through
// JavaScript objects. One statement holds its connection for the whole
// download, so such streams get a small pool of their own and never starve the
// app's Prisma pool.

/** A download may be read slowly (a phone on a bad network); past this it is cut. */
export const COPY_STATEMENT_TIMEOUT_MS = 30 * 60_000;
const COPY_POOL_MAX = 4;

const globalForCopy = globalThis as unknown as { copyPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForCopy.copyPool) {
    const config = env();
    globalForCopy.copyPool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: COPY_POOL_MAX,
      // More concurrent downloads than that wait this long, then get a 503.
      connectionTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      statement_timeout: COPY_STATEMENT_TIMEOUT_MS,
      // A statement still computing (sorting, before its first row) writes
      // nothing, so would notice a closed socket only when done: check every second.
      options: "-c client_connection_check_interval=1000",
    });
    // The pool listens for errors of idle clients only; one of a client in use
    // reaches its statement (and so the download), and must not crash the process.
    globalForCopy.copyPool.on("connect", (client) => client.on("error", () => {}));
  }
  return globalForCopy.copyPool;
}

/** An array as PostgreSQL's array text form ('{"a","b"}'), for a literal cast to its type. */
function arrayText(values: unknown[]): string {
  const items = values.map((value) => {
    if (value === null) return "NULL";
    if (typeof value !== "string") throw new TypeError(`inlineSql: unsupported array element ${typeof value}`);
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${items.join(",")}}`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  // Untyped, as a bind parameter would be: against a timestamp(3) column the
  // zone suffix is dropped, leaving the UTC wall time Prisma stores.
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (Array.isArray(value)) return pg.escapeLiteral(arrayText(value));
  throw new TypeError(`inlineSql: unsupported value ${typeof value}`);
}

/**
 * The query as one SQL text with every value written as an escaped literal:
 * COPY takes no bind parameters. Values keep their place in the template, so
 * a cast written after one (`${ids}::uuid[]`) applies as it did to the parameter.
 */
export function inlineSql(query: Prisma.Sql): string {
  return query.strings.reduce((text, part, index) => text + literal(query.values[index - 1]) + part);
}

export interface CopyOutOptions {
  /** Session settings for the statement (set_config), e.g. { TimeZone: "Europe/Warsaw" }. */
  settings?: Record<string, string>;
  /** Where COPY's output goes through before the reader gets it. */
  through: Transform;
}

/**
 * Runs `COPY (<select>) TO STDOUT WITH (<options>)` on a connection of the
 * copy pool and returns the output (`through`'s readable side). The
 * connection is taken before this returns (no free one: the error is thrown
 * here, before a response starts), and given back when the output ends. If
 * the reader goes away or the statement fails, the connection is closed: it
 * cannot be reused mid-COPY.
 * A failure mid-way errors the output, so a download is cut, never ended as if complete.
 */
export async function copyOut(select: string, copyOptions: string, { settings = {}, through }: CopyOutOptions): Promise<Readable> {
  const client = await pool().connect();
  const entries = Object.entries(settings);
  try {
    if (entries.length > 0) {
      const calls = entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, false)`);
      await client.query(`SELECT ${calls.join(", ")}`, entries.flat());
    }
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  const copy = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (${copyOptions})`));
  pipeline(copy, through, (error) => {
    // At the last row the server has yet to say it is ready: a query of the
    // next user waits for that in the client's queue.
    if (!error) return client.release();
    // Released with an error, the client is ended; mid-statement, pg ends it by
    // closing the socket, which is what stops the server (see the pool's options).
    client.release(error);
    through.destroy(error);
  });
  return through;
}
