import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { DEFAULT_TIME_ZONE, formatZonedIso } from "@/lib/dashboard/dates";
import type { CellValue, Column } from "./columns";
import { neutraliseCell } from "./neutralise";

export const CSV_DELIMITERS = { comma: ",", semicolon: ";" } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

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

/**
 * A CSV byte stream over rows read lazily: UTF-8 with a BOM (so Excel reads
 * Polish letters), CRLF line ends, quoting by csv-stringify. Rows are pulled
 * only as fast as the reader takes the output (stream back-pressure).
 */
export function csvStream<Row>(rows: AsyncIterable<Row>, columns: Column<Row>[], options: CsvOptions = {}): Readable {
  async function* records() {
    yield columns.map((column) => neutraliseCell(column.header));
    for await (const row of rows) yield columns.map((column) => csvCell(column.value(row), options));
  }
  const output = stringify({
    bom: true,
    delimiter: CSV_DELIMITERS[options.delimiter ?? "comma"],
    record_delimiter: "windows",
  });
  // A failed read mid-way aborts the download instead of ending it as if complete.
  pipeline(Readable.from(records(), { highWaterMark: 64 }), output, (error) => {
    if (error) output.destroy(error);
  });
  return output;
}
