// Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with
// one of these is read as a formula by Excel, LibreOffice or Google Sheets.
// A leading apostrophe makes it text; the one rule is used by every export
// (the CSV export applies it in SQL: sql-cells.ts).
const FORMULA_TRIGGERS = "=+-@\t\r";

/** The triggers as code points, for SQL's ascii() of a text's first character. */
export const FORMULA_TRIGGER_CODES: readonly number[] = [...FORMULA_TRIGGERS].map((c) => c.codePointAt(0)!);

/**
 * A formula after a list separator inside a text: a file opened with another
 * separator than it was written with (a comma file in a Polish Excel, which
 * splits on ";") starts a cell there, unquoted. The apostrophe goes between
 * the separator and the trigger; the CSV export does the same in SQL
 * (sql-cells.ts, SEPARATED_FORMULA_SQL).
 */
const SEPARATED_FORMULA = /([,;])([=+\-@\t\r])/g;
// The tab and CR are the characters themselves inside the SQL's brackets (a literal there, not an escape).
export const SEPARATED_FORMULA_SQL = { match: "[,;][=+@\t\r-]", find: "([,;])([=+@\t\r-])", replace: "\\1'\\2" } as const;

/** Whether a text has a formula after a separator inside it (labels must not: labelListCell). */
export const hasSeparatedFormula = (value: string) => new RegExp(SEPARATED_FORMULA.source).test(value);

export function neutraliseCell(value: string): string {
  const inside = value.replace(SEPARATED_FORMULA, "$1'$2");
  return inside !== "" && FORMULA_TRIGGERS.includes(inside[0]) ? `'${inside}` : inside;
}
