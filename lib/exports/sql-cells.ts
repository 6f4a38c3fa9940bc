import { Prisma } from "@/lib/generated/prisma/client";
import { FORMULA_TRIGGER_CODES, neutraliseCell } from "./neutralise";

// Report cells computed by PostgreSQL for the CSV export (csv.ts), written to
// give exactly the text the JavaScript cell (columns.ts `value` + the CSV
// rules) gives: an empty text is NULL, so that COPY writes it unquoted as the
// JS writer does (COPY quotes an empty string to tell it from NULL).

/** A cell as text, or a number that the writer prints with the delimiter's decimal mark. */
export type SqlCell = { text: Prisma.Sql } | { number: Prisma.Sql };

const TRIGGERS = Prisma.raw(FORMULA_TRIGGER_CODES.join(", "));

/** A text column, formula-neutralised (neutralise.ts). `expr` is evaluated up to three times: a column, not a computation. */
export const textCell = (expr: Prisma.Sql): SqlCell => ({
  text: Prisma.sql`nullif(CASE WHEN ascii(${expr}) IN (${TRIGGERS}) THEN '''' || ${expr} ELSE ${expr} END, '')`,
});

/**
 * formatZonedIso (lib/dashboard/dates.ts) in SQL: the writer sets the session's
 * TimeZone to the person's zone; columns are UTC wall times (timestamp(3)).
 */
export const dateCell = (expr: Prisma.Sql): SqlCell => ({
  text: Prisma.sql`to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM')`,
});

/**
 * Hours from `from` to `to` to one decimal, as JavaScript's
 * Math.round(ms / 3_600_000 * 10) / 10: the same float8 operations (IEEE
 * doubles both), and floor(y + 0.5) is Math.round(y) (ties up) for these
 * magnitudes. float8 prints the shortest exact form, as String(number) does.
 */
export const hoursCell = (from: Prisma.Sql, to: Prisma.Sql): SqlCell => ({
  number: Prisma.sql`floor(((extract(epoch FROM ${to}) - extract(epoch FROM ${from})) * 1000)::float8 / 3600000::float8 * 10::float8 + 0.5::float8) / 10::float8`,
});

/** The text of a label the way the CSV holds it: neutralised, empty as NULL. */
const labelLiteral = (label: string | null) => (label === null || label === "" ? Prisma.sql`NULL` : Prisma.sql`${neutraliseCell(label)}`);

/** A translated label per value (enum, or `true`/`false`), looked up once per export, not per row. */
export function labelCell(expr: Prisma.Sql, labels: Record<string, string | null>): SqlCell {
  const branches = Object.entries(labels).map(([key, label]) => Prisma.sql`WHEN ${key} THEN ${labelLiteral(label)}`);
  return { text: Prisma.sql`CASE ${expr} ${Prisma.join(branches, " ")} END` };
}

/**
 * An array of enum values as their labels joined by `separator`, in the
 * array's order. Neutralising the joined text depends only on its first
 * character, i.e. on the first value's label (labels are never empty), so it is
 * decided from the first element without building the text twice.
 */
export function labelListCell(expr: Prisma.Sql, labels: Record<string, string>, separator: string): SqlCell {
  const branch = (key: string) => Prisma.sql`WHEN ${key} THEN ${labels[key]}`;
  const keys = Object.keys(labels);
  if (keys.some((key) => labels[key] === "")) throw new Error("labelListCell: a label is empty");
  const joined = Prisma.sql`array_to_string(ARRAY(SELECT CASE k ${Prisma.join(keys.map(branch), " ")} END
    FROM unnest(${expr}) WITH ORDINALITY AS kinds(k, n) ORDER BY n), ${separator})`;
  const formulas = keys.filter((key) => neutraliseCell(labels[key]) !== labels[key]);
  if (formulas.length === 0) return { text: Prisma.sql`nullif(${joined}, '')` };
  const prefix = Prisma.sql`CASE (${expr})[1] ${Prisma.join(formulas.map((key) => Prisma.sql`WHEN ${key} THEN ''''`), " ")} ELSE '' END`;
  return { text: Prisma.sql`nullif(${prefix} || ${joined}, '')` };
}
