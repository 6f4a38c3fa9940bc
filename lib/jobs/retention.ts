import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";

/** What replaces a customer description after the retention period (the UI shows its own words when customerDescriptionRedactedAt is set). */
export const RETENTION_MARKER = "[usunięto po okresie przechowywania]";

export const DEFAULT_RETENTION_MONTHS = 12;

export function retentionCutoff(months: number, now = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Replaces customer descriptions of reports older than the retention period
 * with a marker; the reports and their decisions stay. One audit event per
 * run, with counts only (never the removed text). The period is the admin's
 * setting unless given (tests pass their own rather than share the setting).
 */
export async function applyRetention(now = new Date(), retentionMonths?: number): Promise<{ redacted: number; cutoff: Date }> {
  const settings = retentionMonths === undefined ? await db.orgSettings.findUnique({ where: { id: 1 }, select: { retentionMonths: true } }) : null;
  const months = retentionMonths ?? settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const cutoff = retentionCutoff(months, now);
  return db.$transaction(async (tx) => {
    const { count } = await tx.refusalReport.updateMany({
      where: { createdAt: { lt: cutoff }, customerDescription: { not: null }, customerDescriptionRedactedAt: null },
      data: { customerDescription: RETENTION_MARKER, customerDescriptionRedactedAt: now },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "retention.applied",
      entityType: "system",
      entityId: "retention",
      data: { redacted: count, retentionMonths: months, cutoff: cutoff.toISOString() },
    });
    return { redacted: count, cutoff };
  });
}
