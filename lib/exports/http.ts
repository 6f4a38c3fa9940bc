import "server-only";
import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { exportStream, prepareExport, type ExportFormat } from "./service";

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

// The writers hand over small pieces (the XLSX writer a row at a time, COPY
// what one socket read brought); passed on as is, each became its own HTTP
// chunk and, with compression, its own flushed gzip block (a 1M-row export:
// 30× the chunks, a poor ratio, a slow client). Whole blocks go out instead.
const BLOCK_BYTES = 64 * 1024;

async function* inBlocks(stream: Readable): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    parts.push(buffer);
    size += buffer.length;
    if (size >= BLOCK_BYTES) {
      yield Buffer.concat(parts, size);
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(parts, size);
}

/** GET /api/exports/<format>?<filter>&sep=&customer=: audited, then streamed. */
export async function exportResponse(request: NextRequest, user: SessionUser, format: ExportFormat): Promise<Response> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const prepared = await prepareExport(user, request.nextUrl.searchParams, format, { fileStem: t("exports.fileStem") });
  const stream = await exportStream(user, prepared, format, (key) => t(key as never), locale);
  return new Response(Readable.toWeb(Readable.from(inBlocks(stream))) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${prepared.fileName}"`,
      "Cache-Control": "no-store",
      "X-Export-Rows": String(prepared.rowCount),
    },
  });
}
