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

/** GET /api/exports/<format>?<filter>&sep=&customer=: audited, then streamed. */
export async function exportResponse(request: NextRequest, user: SessionUser, format: ExportFormat): Promise<Response> {
  const prepared = await prepareExport(user, request.nextUrl.searchParams, format);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const stream = exportStream(user, prepared, format, (key) => t(key as never), locale);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${prepared.fileName}"`,
      "Cache-Control": "no-store",
      "X-Export-Rows": String(prepared.rowCount),
    },
  });
}
