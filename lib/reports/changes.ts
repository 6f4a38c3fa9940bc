import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueOutboxEvent } from "@/lib/outbox/enqueue";
import { changedFields } from "./compare";
import { assertFilesFor } from "./filing";
import { fromLostHolder, lockReport, stillReviewsLocation } from "./access";
import { applyTransition } from "./lifecycle";
import { reporterMayChange } from "./transitions";
import type { EditReport } from "./schema";

// What the reporter may still do to their own report. The reporter is part
// of every lookup, so someone else's report is "not found"; the lifecycle
// (applyTransition) decides whether the report's status still allows it.

async function ownReport(tx: Prisma.TransactionClient, user: SessionUser, reportId: string) {
  const report = await tx.refusalReport.findFirst({
    where: { id: reportId, reporterId: user.id },
    select: { id: true, number: true, locationId: true, status: true, assigneeId: true, firstClaimedAt: true },
  });
  if (!report) throw new AppError("not_found", "errors.notFound");
  return report;
}

/** A report once taken up is refused as changed meanwhile: the reporter's page, reloaded, no longer offers the change. */
function assertReporterMayChange(report: Parameters<typeof reporterMayChange>[0]) {
  if (!reporterMayChange(report)) throw new AppError("conflict", "This report was changed by someone else. Reload to see the latest version.");
}

/**
 * Corrects a report nobody has claimed yet; the audit event names the changed
 * fields. A customer description removed by retention stays removed: the
 * report is past the period for which the company keeps it, and retention
 * looks only at descriptions it has not removed yet.
 */
export async function editReport(user: SessionUser, input: EditReport) {
  const { reportId, expectedVersion, ...edited } = input;
  return db.$transaction(async (tx) => {
    // Locked before it is read: retention redacts without changing the version,
    // so an edit that read the description just before would write it back.
    await lockReport(tx, reportId);
    const before = await tx.refusalReport.findFirst({ where: { id: reportId, reporterId: user.id } });
    if (!before) throw new AppError("not_found", "errors.notFound");
    assertReporterMayChange(before);
    const fields = before.customerDescriptionRedactedAt ? { ...edited, customerDescription: before.customerDescription } : edited;
    if (fields.locationId !== before.locationId) assertFilesFor(user, fields.locationId);
    const changed = changedFields(before, fields);
    const moved = fields.locationId !== before.locationId;
    const result = await applyTransition(tx, {
      reportId,
      expectedVersion,
      transition: "edit",
      actorId: user.id,
      // Moved, an overdue report is escalated again, to the new location's reviewers.
      patch: moved ? { ...fields, overdueNotifiedAt: null } : fields,
      auditData: { changed },
    });
    // Moved to another location: its reviewers hear of it as of a new filing.
    // The old location's were told at the filing, and can no longer open it.
    if (moved) {
      await enqueueOutboxEvent(tx, "report.submitted", { reportId, actorId: user.id, locationId: fields.locationId });
    }
    return { number: before.number, version: result.version };
  });
}

export async function withdrawReport(user: SessionUser, input: { reportId: string; expectedVersion: number; reason: string | null }) {
  return db.$transaction(async (tx) => {
    const report = await ownReport(tx, user, input.reportId);
    // Unlocked: a claim in between changes the version, which applyTransition checks.
    assertReporterMayChange(report);
    await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.expectedVersion,
      transition: "withdraw",
      actorId: user.id,
      reason: input.reason,
    });
    return { number: report.number };
  });
}

/**
 * The reporter's answer to a reviewer's question: the message and the move
 * back to review happen together, or not at all (a stale version is a conflict).
 * The report goes back to the reviewer holding it while they can still review
 * it; otherwise (deactivated, made an employee, taken off the location while
 * waiting for the answer) to the location's queue, where anyone can claim it.
 */
export async function answerQuestion(user: SessionUser, input: { reportId: string; expectedVersion: number; body: string }) {
  return db.$transaction(async (tx) => {
    const report = await ownReport(tx, user, input.reportId);
    const holderReviews = report.assigneeId !== null && (await stillReviewsLocation(tx, report.assigneeId, report.locationId));
    const message = await tx.reportMessage.create({
      data: { reportId: report.id, authorId: user.id, kind: "ANSWER", body: input.body },
      select: { id: true },
    });
    const lost = holderReviews ? null : fromLostHolder(report.assigneeId);
    await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.expectedVersion,
      transition: "answer",
      to: holderReviews ? "IN_REVIEW" : "SUBMITTED",
      actorId: user.id,
      patch: lost?.patch,
      auditData: { messageId: message.id, ...lost?.auditData },
      outbox: { type: "report.info_answered", payload: { messageId: message.id, locationId: report.locationId } },
    });
    return { number: report.number };
  });
}
