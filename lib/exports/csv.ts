import "server-only";
import { Transform, type Readable } from "node:stream";
import { stringify, type Options as StringifyOptions } from "csv-stringify/sync";
import type { SessionUser } from "@/lib/auth/session";
import type { ResolvedFilter } from "@/lib/dashboard/filters";
import { copyOut, inlineSql } from "@/lib/db/copy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Column } from "./columns";
import { neutraliseCell } from "./neutralise";
import { exportReportsFrom, type ExportReportRow } from "./rows";

// The reports CSV: UTF-8 with a BOM (so Excel reads Polish letters), CRLF
// record ends, RFC 4180 quoting (a field is quoted when it holds the
// delimiter, a quote, CR or LF). PostgreSQL writes the rows itself with
// `COPY … TO STDOUT (FORMAT csv)` from each column's `sql` (columns.ts): no
// row becomes a JavaScript object (reading and formatting rows in JavaScript
// ran at a ninth of COPY's rate). The XLSX writer still reads rows (rows.ts).

export const CSV_DELIMITERS = { comma: ",", semicolon: ";" } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

/** csv-stringify's settings for the same format (the header line here; the reference writer in the tests). */
export const csvStringifyOptions = (delimiter: CsvDelimiter): StringifyOptions => ({
  bom: true,
  delimiter: CSV_DELIMITERS[delimiter],
  record_delimiter: "windows",
  // With a record delimiter given, csv-stringify would quote only a whole CRLF:
  // a lone LF (what a browser's textarea sends) would end the row in Excel.
  quote_record_delimiter: true,
});

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

/**
 * COPY ends records with LF; this writes `prefix` first and makes each record
 * end CRLF. An LF inside a quoted field is data and stays: quotes are tracked
 * (a doubled quote inside a field leaves and re-enters, so toggling is exact),
 * across chunk boundaries too.
 */
export function crlfRecords(prefix: Buffer): Transform {
  let quoted = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const parts: Buffer[] = [];
      let start = 0;
      let at = 0;
      let nextQuote = -2;
      let nextLf = -2;
      for (;;) {
        if (quoted) {
          const end = chunk.indexOf(QUOTE, at);
          if (end === -1) break;
          quoted = false;
          at = end + 1;
          continue;
        }
        if (nextQuote !== -1 && nextQuote < at) nextQuote = chunk.indexOf(QUOTE, at);
        if (nextLf !== -1 && nextLf < at) nextLf = chunk.indexOf(LF, at);
        if (nextQuote !== -1 && (nextLf === -1 || nextQuote < nextLf)) {
          quoted = true;
          at = nextQuote + 1;
        } else if (nextLf !== -1) {
          parts.push(chunk.subarray(start, nextLf), CRLF);
          start = at = nextLf + 1;
        } else break;
      }
      if (start === 0) return done(null, chunk);
      if (start < chunk.length) parts.push(chunk.subarray(start));
      done(null, Buffer.concat(parts));
    },
  });
  stream.push(prefix);
  return stream;
}

function reportsSelect(user: SessionUser, filter: ResolvedFilter, columns: Column<ExportReportRow>[], delimiter: CsvDelimiter): string {
  const cells = columns.map(({ header, sql }) => {
    if (!sql) throw new Error(`CSV column "${header}" has no SQL`);
    if ("text" in sql) return sql.text;
    return delimiter === "semicolon" ? Prisma.sql`replace((${sql.number})::text, '.', ',')` : Prisma.sql`(${sql.number})::text`;
  });
  return inlineSql(Prisma.sql`
    SELECT ${Prisma.join(cells, ",\n")}
    ${exportReportsFrom(user, filter)}
    ORDER BY r."createdAt", r."id"`);
}

/** The reports of `filter` (in the user's scope) as CSV, streamed with back-pressure from PostgreSQL. */
export async function reportsCsvStream(
  user: SessionUser,
  filter: ResolvedFilter,
  columns: Column<ExportReportRow>[],
  delimiter: CsvDelimiter = "comma",
): Promise<Readable> {
  const header = stringify([columns.map((column) => neutraliseCell(column.header))], csvStringifyOptions(delimiter));
  return copyOut(reportsSelect(user, filter, columns, delimiter), inlineSql(Prisma.sql`FORMAT csv, DELIMITER ${CSV_DELIMITERS[delimiter]}`), {
    // Dates are written in the person's zone; floats in their shortest exact form (PostgreSQL 12+'s default, made sure).
    // The name shows in pg_stat_activity whose download a long statement is.
    settings: { TimeZone: filter.timeZone, extra_float_digits: "1", application_name: `csv-export ${user.id}` },
    through: crlfRecords(Buffer.from(header)),
  });
}
