import { Prisma } from "@/lib/generated/prisma/client";
import { FORMULA_TRIGGER_CODES, hasSeparatedFormula, neutraliseCell, SEPARATED_FORMULA_SQL } from "./neutralise";

// Report cells computed by PostgreSQL for the CSV export (csv.ts), written to
// give exactly the text the JavaScript cell (columns.ts `value` + the CSV
// rules) gives: an empty text is NULL, so that COPY writes it unquoted as the
// JS writer does (COPY quotes an empty string to tell it from NULL).

/** A cell as text, or a number that the writer prints with the delimiter's decimal mark. */
export type SqlCell = { text: Prisma.Sql } | { number: Prisma.Sql };

const TRIGGERS = Prisma.raw(FORMULA_TRIGGER_CODES.join(", "));

const literal = (text: string) => Prisma.raw(`'${text.replaceAll("'", "''")}'`);
const SEPARATED = {
  match: literal(SEPARATED_FORMULA_SQL.match),
  find: literal(SEPARATED_FORMULA_SQL.find),
  replace: literal(SEPARATED_FORMULA_SQL.replace),
};

/**
 * A text column, formula-neutralised (neutralise.ts): an apostrophe before a
 * trigger that follows a separator inside it (the replace runs only on the
 * texts that have one), and before a trigger that starts it. `expr` is
 * evaluated up to four times: a column, not a computation.
 */
export const textCell = (expr: Prisma.Sql): SqlCell => {
  const inside = Prisma.sql`CASE WHEN ${expr} ~ ${SEPARATED.match} THEN regexp_replace(${expr}, ${SEPARATED.find}, ${SEPARATED.replace}, 'g') ELSE ${expr} END`;
  // The replace only inserts after a separator: the first character is the same before and after it.
  return { text: Prisma.sql`nullif(CASE WHEN ascii(${expr}) IN (${TRIGGERS}) THEN '''' ELSE '' END || ${inside}, '')` };
};

/**
 * formatZonedIso (lib/dashboard/dates.ts) in SQL: the writer sets the session's
 * TimeZone to the person's zone; columns are UTC wall times (timestamp(3)).
 * JSON writes a timestamptz as ISO 8601 with a "+01:00" offset whatever the
 * DateStyle, at half the cost of to_char; whole seconds, as the JS text.
 */
export const dateCell = (expr: Prisma.Sql): SqlCell => ({
  text: Prisma.sql`to_jsonb(date_trunc('second', ${expr}) AT TIME ZONE 'UTC') #>> '{}'`,
});

/**
 * Hours from `from` to `to` to one decimal, as JavaScript's
 * Math.round(ms / 3_600_000 * 10) / 10: the whole milliseconds between them
 * (date_part's float is within a microsecond of it, round() makes it exact),
 * then the same float8 operations (IEEE doubles both); floor(y + 0.5) is
 * Math.round(y) (ties up) for these magnitudes. float8 prints the shortest
 * exact form, as String(number) does.
 */
export const hoursCell = (from: Prisma.Sql, to: Prisma.Sql): SqlCell => ({
  number: Prisma.sql`floor(round(date_part('epoch', ${to} - ${from}) * 1000) / 3600000::float8 * 10::float8 + 0.5::float8) / 10::float8`,
});

/** The text of a label the way the CSV holds it: neutralised, empty as NULL. */
const labelLiteral = (label: string | null) => (label === null || label === "" ? Prisma.sql`NULL` : Prisma.sql`${neutraliseCell(label)}`);

/** A translated label per enum value, looked up once per export, not per row. */
export function labelCell(expr: Prisma.Sql, labels: Record<string, string | null>): SqlCell {
  const branches = Object.entries(labels).map(([key, label]) => Prisma.sql`WHEN ${key} THEN ${labelLiteral(label)}`);
  return { text: Prisma.sql`CASE ${expr} ${Prisma.join(branches, " ")} END` };
}

/** A boolean as a label each way: NULL reads as false, as in JavaScript. */
export const yesNoCell = (expr: Prisma.Sql, yes: string, no: string): SqlCell => ({
  text: Prisma.sql`CASE WHEN ${expr} THEN ${labelLiteral(yes)} ELSE ${labelLiteral(no)} END`,
});

/**
 * An array of enum values as their labels joined by `separator`, in the
 * array's order (array_to_string skips the NULLs of absent elements).
 * Neutralising the joined text depends only on its first character, i.e. on
 * the first value's label (labels are never empty), so it is decided from the
 * first element without building the text twice.
 */
export function labelListCell(expr: Prisma.Sql, labels: Record<string, string>, separator: string): SqlCell {
  const keys = Object.keys(labels);
  if (keys.some((key) => labels[key] === "")) throw new Error("labelListCell: a label is empty");
  // The joined text is neutralised by its first label only (below): a label with a formula after a separator inside would need the whole rule.
  if (keys.some((key) => hasSeparatedFormula(labels[key]))) throw new Error("labelListCell: a label has a formula after a separator");
  const label = (element: Prisma.Sql) =>
    Prisma.sql`CASE ${element} ${Prisma.join(keys.map((key) => Prisma.sql`WHEN ${key} THEN ${labels[key]}`), " ")} END`;
  // A CASE an element (arrays from the app start at 1 and hold each value at
  // most once); a subquery a row, kept for longer ones, costs more than the rest of the row.
  const slots = Prisma.join(keys.map((_, i) => label(Prisma.sql`(${expr})[${Prisma.raw(String(i + 1))}]`)), ", ");
  const longer = Prisma.sql`ARRAY(SELECT ${label(Prisma.raw("k"))} FROM unnest(${expr}) WITH ORDINALITY AS kinds(k, n) ORDER BY n)`;
  const joined = Prisma.sql`array_to_string(CASE WHEN cardinality(${expr}) <= ${Prisma.raw(String(keys.length))} THEN ARRAY[${slots}] ELSE ${longer} END, ${separator})`;
  const formulas = keys.filter((key) => neutraliseCell(labels[key]) !== labels[key]);
  if (formulas.length === 0) return { text: Prisma.sql`nullif(${joined}, '')` };
  const prefix = Prisma.sql`CASE (${expr})[1] ${Prisma.join(formulas.map((key) => Prisma.sql`WHEN ${key} THEN ''''`), " ")} ELSE '' END`;
  return { text: Prisma.sql`nullif(${prefix} || ${joined}, '')` };
}
