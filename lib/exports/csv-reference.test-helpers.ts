// The CSV export as it was written before COPY: each row read into a
// JavaScript object (rows.ts), each cell formatted here and quoted by
// csv-stringify. Kept only as the reference the COPY export is compared with,
// byte for byte (csv-copy.test.ts).
import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { DEFAULT_TIME_ZONE, formatZonedIso } from "@/lib/dashboard/dates";
import type { CellValue, Column } from "./columns";
import { csvStringifyOptions, type CsvDelimiter } from "./csv";
import { neutraliseCell } from "./neutralise";

export interface CsvOptions {
  delimiter?: CsvDelimiter;
  timeZone?: string;
}

/** One cell as text: dates ISO 8601 in the person's zone, decimal commas for the semicolon (Polish Excel) variant. */
export function csvCell(value: CellValue, { delimiter = "comma", timeZone = DEFAULT_TIME_ZONE }: CsvOptions = {}): string {
  if (value === null) return "";
  if (value instanceof Date) return formatZonedIso(value, timeZone);
  if (typeof value === "number") return delimiter === "semicolon" ? String(value).replace(".", ",") : String(value);
  return neutraliseCell(value);
}

export function referenceCsvStream<Row>(rows: AsyncIterable<Row>, columns: Column<Row>[], options: CsvOptions = {}): Readable {
  async function* records() {
    yield columns.map((column) => neutraliseCell(column.header));
    for await (const row of rows) yield columns.map((column) => csvCell(column.value(row), options));
  }
  const output = stringify(csvStringifyOptions(options.delimiter ?? "comma"));
  pipeline(Readable.from(records(), { highWaterMark: 64 }), output, (error) => {
    if (error) output.destroy(error);
  });
  return output;
}
