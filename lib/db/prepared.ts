// Statements PostgreSQL parses and plans once per connection instead of on
// every run. Without a name, pg sends each statement as the unnamed one, which
// the server parses and plans again every time; for the statements every
// filing makes (the session, the year's number, the report with its audit
// and outbox rows) that was ~40 % of the database's work. At 50 clients
// filing (benchmark P1), PostgreSQL's CPU per filing went from 1.57–2.04 to
// 0.94–1.15 ms, and filings/s from 278–417 to 373–492.
//
// Only statements marked with `prepared` are named, never every query: a
// named statement keeps its plan, and after five runs PostgreSQL may switch it
// to one generic plan for all parameters. That is right for a lookup by key or
// an insert, and wrong for a query whose best plan depends on its filters (the
// queue, the dashboard), which stay unnamed and are planned for each run.
//
// No server-only here: the Prisma client for scripts and tests
// (prisma-node.ts) and the bench's baseline name their statements with it too.
import { createHash } from "node:crypto";
import { Prisma } from "../generated/prisma/client.ts";

// prepared() puts the mark first, so a statement's text starts with it.
const MARK = "/* prepared */";
const MARK_SQL = Prisma.raw(MARK);

/**
 * Marks a statement to be prepared once per connection (see above). Only for
 * a statement whose text is always the same, its values aside: each distinct
 * text is one more statement kept on every pooled connection.
 */
export function prepared(statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${MARK_SQL}${statement}`;
}

const names = new Map<string, string>();

/**
 * The name a marked statement is prepared under, or "" (pg's unnamed
 * statement) for any other. The name comes from the text: pg refuses one name
 * for two texts on a connection, which a changed statement would otherwise
 * meet after a dev reload, and a connection prepares each text once.
 */
export function preparedStatementName(sql: string): string {
  if (!sql.startsWith(MARK)) return "";
  let name = names.get(sql);
  if (!name) {
    name = `prepared_${createHash("sha256").update(sql).digest("hex").slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/** A statement as a query for pg itself, under the name the app's adapter gives it. */
export function asPgQuery(statement: Prisma.Sql): { name: string; text: string; values: unknown[] } {
  return { name: preparedStatementName(statement.text), text: statement.text, values: statement.values };
}
