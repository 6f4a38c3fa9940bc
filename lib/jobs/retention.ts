import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { addMonths, dayOf, startOfDay } from "@/lib/dashboard/dates";
import { db } from "@/lib/db/client";

/** What replaces a customer description after the retention period (the UI shows its own words when customerDescriptionRedactedAt is set). */
export const RETENTION_MARKER = "[usunięto po okresie przechowywania]";

export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * The start of the local day `months` calendar months before today: what was
 * filed before it has been kept that long. Months are counted on the
 * calendar, not in UTC: on 31 March, one month back is 28 February (JavaScript's
 * setUTCMonth gave 3 March and removed two days' descriptions early).
 */
export function retentionCutoff(months: number, now = new Date()): Date {
  return startOfDay(addMonths(dayOf(now), -months));
}

/** Reports redacted per transaction: each batch is short, so a first run over years of reports holds no row for long. */
export const RETENTION_BATCH = 1_000;

/**
 * Replaces customer descriptions of reports older than the retention period
 * with a marker; the reports and their decisions stay. In batches, each its
 * own transaction: one statement over every old report (a first run, or a
 * shorter period set by the admin) ran into the statement timeout and was
 * rolled back, night after night, while it held all those rows. A report
 * someone is changing at that moment is skipped and taken the next night. One
 * audit event per run, with counts only (never the removed text). The period
 * is the admin's setting unless given (tests pass their own rather than share
 * the setting).
 */
export async function applyRetention(
  now = new Date(),
  retentionMonths?: number,
  batch = RETENTION_BATCH,
): Promise<{ redacted: number; cutoff: Date }> {
  const months =
    retentionMonths ?? (await db.orgSettings.findUnique({ where: { id: 1 }, select: { retentionMonths: true } }))?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  const cutoff = retentionCutoff(months, now);
  const size = Math.max(1, Math.floor(batch));
  let redacted = 0;
  // Each batch goes on from where the last one ended (createdAt, id), rather
  // than from the oldest report again past every row already redacted.
  let after = { createdAt: new Date(0), id: "00000000-0000-0000-0000-000000000000" };
  try {
    for (;;) {
      const rows = await db.$queryRaw<{ id: string; createdAt: Date }[]>`
        update "RefusalReport" set "customerDescription" = ${RETENTION_MARKER}, "customerDescriptionRedactedAt" = ${now}
        where "id" in (
          select "id" from "RefusalReport"
          where "createdAt" < ${cutoff} and ("createdAt", "id") > (${after.createdAt}, ${after.id}::uuid)
            and "customerDescription" is not null and "customerDescriptionRedactedAt" is null
          order by "createdAt", "id"
          limit ${size}
          for no key update skip locked
        )
        returning "id"::text as "id", "createdAt"`;
      redacted += rows.length;
      if (rows.length < size) break;
      after = rows.reduce((last, row) =>
        row.createdAt > last.createdAt || (row.createdAt.getTime() === last.createdAt.getTime() && row.id > last.id) ? row : last,
      );
    }
  } finally {
    // Also when a batch failed: what the batches before it removed is recorded.
    await recordAudit(db, {
      actorId: null,
      action: "retention.applied",
      entityType: "system",
      entityId: "retention",
      data: { redacted, retentionMonths: months, cutoff: cutoff.toISOString() },
    });
  }
  return { redacted, cutoff };
}
