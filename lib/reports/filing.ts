import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueOutboxEvent } from "@/lib/outbox/enqueue";
import { allocateReportNumber } from "./numbers";
import type { FileReport } from "./schema";

export interface FiledReport {
  id: string;
  number: string;
  /** False when this call found the report an earlier call with the same key stored. */
  created: boolean;
}

/** A report's location must be one where the person works (and not archived). */
export async function assertFilesFor(
  client: Prisma.TransactionClient | typeof db,
  user: SessionUser,
  locationId: string,
): Promise<void> {
  const allowed =
    user.memberLocationIds.includes(locationId) &&
    (await client.location.count({ where: { id: locationId, archivedAt: null } })) === 1;
  if (!allowed) {
    throw new AppError("validation", "errors.locationNotYours", { locationId: ["errors.locationNotYours"] });
  }
}

// Only the person who used the key finds the report: another person reusing
// a key learns nothing about someone else's report.
function findByKey(user: SessionUser, idempotencyKey: string) {
  return db.refusalReport.findFirst({ where: { idempotencyKey, reporterId: user.id }, select: { id: true, number: true } });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Files a report: takes the year's next number (see allocateReportNumber),
 * then stores the report, its audit event and the outbox event (which
 * notifies the location's supervisors) in one transaction. A retry with the
 * same idempotency key returns the first filing, whether it arrives after it
 * or races it.
 */
export async function fileReport(user: SessionUser, input: FileReport): Promise<FiledReport> {
  const { idempotencyKey, ...fields } = input;
  const earlier = await findByKey(user, idempotencyKey);
  if (earlier) return { ...earlier, created: false };
  await assertFilesFor(db, user, fields.locationId);
  const number = await allocateReportNumber();
  try {
    const report = await db.$transaction(async (tx) => {
      const id = randomUUID();
      await recordAudit(tx, {
        actorId: user.id,
        action: "report.submitted",
        entityType: "report",
        entityId: id,
        reportId: id,
        toStatus: "SUBMITTED",
      });
      await enqueueOutboxEvent(tx, "report.submitted", { reportId: id, actorId: user.id, locationId: fields.locationId });
      return tx.refusalReport.create({
        data: { ...fields, id, number, idempotencyKey, reporterId: user.id, status: "SUBMITTED" },
        select: { id: true, number: true },
      });
    });
    return { id: report.id, number: report.number, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent submit with the same key won; its transaction and number
    // stand (the number this one took stays unused).
    const winner = await findByKey(user, idempotencyKey);
    if (winner) return { ...winner, created: false };
    throw new AppError("conflict", "errors.duplicateKey");
  }
}
