import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { lockReport, readableReportsWhere } from "./access";
import { processEvidence } from "./evidence";
import { MAX_ATTACHMENTS } from "./fields";
import { reporterMayChange } from "./transitions";

/**
 * The reporter adds evidence while the report is open to them: until a
 * reviewer first takes it up, as for corrections (reporterMayChange: what
 * was reviewed stays what it was), and when asked for more.
 */
function openForEvidence(report: { status: ReportStatus; firstClaimedAt: Date | null }): boolean {
  return report.status === "NEEDS_INFO" || reporterMayChange(report);
}

/**
 * Stores one evidence file on the reporter's own report. The same file sent
 * again (a retried upload) is stored once; the report's row lock keeps two
 * parallel uploads from passing the limit together.
 */
export async function addAttachment(user: SessionUser, number: string, file: { name: string; bytes: Buffer }) {
  const report = await db.refusalReport.findFirst({
    where: { AND: [readableReportsWhere(user), { number, reporterId: user.id }] },
    select: { id: true, status: true, firstClaimedAt: true },
  });
  if (!report) throw new AppError("not_found", "errors.notFound");
  if (!openForEvidence(report)) throw new AppError("conflict", "errors.attachmentsClosed");
  // Decoding and encoding images is the slow part: done before the transaction opens.
  const evidence = await processEvidence(file.bytes, file.name);

  return db.$transaction(async (tx) => {
    await lockReport(tx, report.id);
    const current = await tx.refusalReport.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, firstClaimedAt: true } });
    if (!openForEvidence(current)) throw new AppError("conflict", "errors.attachmentsClosed");
    const existing = await tx.attachment.findMany({ where: { reportId: report.id }, select: { id: true, sha256: true } });
    const same = existing.find((attachment) => attachment.sha256 === evidence.sha256);
    if (same) return { id: same.id, created: false };
    if (existing.length >= MAX_ATTACHMENTS) throw new AppError("conflict", "errors.tooManyFiles");
    const attachment = await tx.attachment.create({
      data: {
        ...evidence,
        data: new Uint8Array(evidence.data),
        thumbnail: evidence.thumbnail ? new Uint8Array(evidence.thumbnail) : null,
        reportId: report.id,
        uploaderId: user.id,
      },
      select: { id: true, fileName: true, mimeType: true, size: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "report.attachment_added",
      entityType: "attachment",
      entityId: attachment.id,
      reportId: report.id,
      data: { fileName: attachment.fileName, mimeType: attachment.mimeType, size: attachment.size },
    });
    return { id: attachment.id, created: true };
  });
}

/** One file (or its thumbnail) of a report the person may read; null otherwise. */
export async function readAttachment(user: SessionUser, number: string, attachmentId: string, variant: "original" | "thumbnail") {
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, report: { AND: [readableReportsWhere(user), { number }] } },
    select: { fileName: true, mimeType: true, data: variant === "original", thumbnail: variant === "thumbnail" },
  });
  if (!attachment) return null;
  const bytes = variant === "thumbnail" ? attachment.thumbnail : attachment.data;
  if (!bytes) return null;
  return {
    fileName: attachment.fileName,
    mimeType: variant === "thumbnail" ? "image/webp" : attachment.mimeType,
    bytes: Buffer.from(bytes),
  };
}

/**
 * The bytes as a download that cannot be turned into a page: the stored type
 * only (nosniff), PDFs saved rather than opened in our origin, no caching by
 * shared caches.
 */
export function attachmentResponse(file: { fileName: string; mimeType: string; bytes: Buffer }): Response {
  const disposition = file.mimeType === "application/pdf" ? "attachment" : "inline";
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-cache",
    },
  });
}
