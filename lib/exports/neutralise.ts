// Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with
// one of these is read as a formula by Excel, LibreOffice or Google Sheets.
// A leading apostrophe makes it text; the one function is used by every export.
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}
