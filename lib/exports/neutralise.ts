// Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with
// one of these is read as a formula by Excel, LibreOffice or Google Sheets.
// A leading apostrophe makes it text; the one rule is used by every export
// (the CSV export applies it in SQL: sql-cells.ts).
const FORMULA_TRIGGERS = "=+-@\t\r";

/** The triggers as code points, for SQL's ascii() of a text's first character. */
export const FORMULA_TRIGGER_CODES: readonly number[] = [...FORMULA_TRIGGERS].map((c) => c.codePointAt(0)!);

export function neutraliseCell(value: string): string {
  return value !== "" && FORMULA_TRIGGERS.includes(value[0]) ? `'${value}` : value;
}
