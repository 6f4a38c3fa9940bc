import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { allocateReportNumber } from "./numbers";
import { fileReportSchema, type FileReport } from "./schema";

export interface FiledReport {
  id: string;
  number: string;
  /** False when this call found the report an earlier call with the same key stored. */
  created: boolean;
}

// The form's fields, stored as typed: each is a column of the same name (as
// Prisma's create took them before the filing became one statement).
const FORM_FIELDS = Object.keys(fileReportSchema.shape);
const FORM_COLUMNS = Prisma.raw(FORM_FIELDS.map((field) => `"${field}"`).join(", "));
const FROM_FORM = Prisma.raw(FORM_FIELDS.map((field) => `form."${field}"`).join(", "));

const locationNotYours = () => new AppError("validation", "errors.locationNotYours", { locationId: ["errors.locationNotYours"] });

/** Whether the person may file at the location: an open one where they work (the session knows which). */
const mayFileAt = (user: SessionUser, locationId: string) => user.memberLocationIds.includes(locationId);

export function assertFilesFor(user: SessionUser, locationId: string): void {
  if (!mayFileAt(user, locationId)) throw locationNotYours();
}

// Only the person who used the key finds the report: another person reusing
// a key learns nothing about someone else's report.
function findByKey(user: SessionUser, idempotencyKey: string) {
  return db.refusalReport.findFirst({ where: { idempotencyKey, reporterId: user.id }, select: { id: true, number: true } });
}

/**
 * Files a report: takes the year's next number (see allocateReportNumber),
 * then stores the report, its audit event and the outbox event (which
 * notifies the location's supervisors) in one statement, so all three or none
 * exist. A retry with the same idempotency key returns the first filing,
 * whether it arrives after it or races it: the key is unique, so a retry's
 * insert fails and finds the first. Nothing is looked up before: a retry is
 * rare, a first filing is every filing, and each round trip here is paid at
 * the busiest hour.
 *
 * One statement rather than three Prisma creates in a transaction: that took
 * five round trips (BEGIN, three inserts, COMMIT) and Prisma's work on each,
 * and this is the one write every employee makes. Measured at 50 concurrent
 * filings (benchmark P1), 136 → 166–255 filings/s. The audit event and the
 * outbox event are the rows recordAudit and enqueueOutboxEvent would write.
 * The bench's baseline sends the same statement (scripts/bench/sql.ts,
 * FILE_REPORT_SQL.fileReport): change both together.
 */
export async function fileReport(user: SessionUser, input: FileReport): Promise<FiledReport> {
  if (!mayFileAt(user, input.locationId)) {
    // Filed before the location was archived (or the person moved): the retry still gets its report.
    const earlier = await findByKey(user, input.idempotencyKey);
    if (earlier) return { ...earlier, created: false };
    throw locationNotYours();
  }
  const number = await allocateReportNumber();
  const id = randomUUID();
  try {
    // PostgreSQL runs every data-modifying WITH once and to completion,
    // whether or not the final SELECT reads it.
    const [report] = await db.$queryRaw<{ id: string; number: string }[]>`
      WITH report AS (
        INSERT INTO "RefusalReport" ("id", "number", "reporterId", "status", "createdAt", "updatedAt", ${FORM_COLUMNS})
        SELECT ${id}::uuid, ${number}, ${user.id}::uuid, 'SUBMITTED', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', ${FROM_FORM}
        FROM jsonb_populate_record(NULL::"RefusalReport", ${JSON.stringify(input)}::jsonb) form
        RETURNING "id", "number", "locationId"
      ), audit AS (
        INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "reportId", "toStatus", "createdAt")
        SELECT ${user.id}::uuid, 'report.submitted', 'report', "id"::text, "id", 'SUBMITTED', now() AT TIME ZONE 'UTC' FROM report
      ), outbox AS (
        INSERT INTO "OutboxEvent" ("type", "payload", "createdAt")
        SELECT 'report.submitted', jsonb_build_object('reportId', "id", 'actorId', ${user.id}::text, 'locationId', "locationId"), now() AT TIME ZONE 'UTC'
        FROM report
      )
      SELECT "id", "number" FROM report`;
    return { id: report.id, number: report.number, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A retry, or a concurrent submit with the same key that won: the first
    // filing and its number stand (the number this one took stays unused).
    const winner = await findByKey(user, input.idempotencyKey);
    if (winner) return { ...winner, created: false };
    throw new AppError("conflict", "errors.duplicateKey");
  }
}
