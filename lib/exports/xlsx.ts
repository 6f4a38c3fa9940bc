import { once } from "node:events";
import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import { DEFAULT_TIME_ZONE, wallClock } from "@/lib/dashboard/dates";
import type { CellValue, Column } from "./columns";
import { neutraliseCell } from "./neutralise";

/**
 * How a date cell shows, as the reader writes a date: day first in both
 * languages (English is en-GB here), on a 24-hour clock. The cell holds a
 * real date, so sorting and filtering in Excel do not depend on it.
 */
export const XLSX_DATE_FORMATS = { pl: "dd.mm.yyyy hh:mm", en: "dd/mm/yyyy hh:mm" } as const;

export interface XlsxSheet<Row> {
  name: string;
  columns: Column<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
}

/** Dates become date cells showing the wall-clock time in the person's zone. */
export function xlsxCell(value: CellValue, timeZone = DEFAULT_TIME_ZONE): string | number | Date | null {
  if (value instanceof Date) return wallClock(value, timeZone);
  // An empty text is a blank cell, not an empty string that COUNTA counts as filled.
  if (value === "") return null;
  if (typeof value === "string") return neutraliseCell(value);
  return value;
}

/**
 * An XLSX byte stream written sheet by sheet with exceljs' streaming
 * WorkbookWriter: each row is committed (and leaves memory) as it is written,
 * and reading waits while the reader is behind.
 */
export function xlsxStream(
  sheets: XlsxSheet<any>[],
  { timeZone = DEFAULT_TIME_ZONE, language = "pl" }: { timeZone?: string; language?: keyof typeof XLSX_DATE_FORMATS } = {},
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  (async () => {
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      worksheet.columns = sheet.columns.map((column, index) => ({
        header: neutraliseCell(column.header),
        key: String(index),
        width: column.width ?? 14,
      }));
      worksheet.getRow(1).font = { bold: true };
      for await (const row of sheet.rows) {
        const added = worksheet.addRow(sheet.columns.map((column) => xlsxCell(column.value(row), timeZone)));
        added.eachCell((cell) => {
          if (cell.value instanceof Date) cell.numFmt = XLSX_DATE_FORMATS[language];
        });
        added.commit();
        if (output.writableNeedDrain) await once(output, "drain");
      }
      worksheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
