import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableReportsWhere, reviewableReportsWhere, stillReviewsLocation } from "@/lib/reports/access";

const REVIEW_FIELDS = {
  id: true,
  number: true,
  status: true,
  version: true,
  reporterId: true,
  locationId: true,
  assigneeId: true,
  firstClaimedAt: true,
  firstDecidedAt: true,
} as const satisfies Prisma.RefusalReportSelect;

export type ReviewTarget = Prisma.RefusalReportGetPayload<{ select: typeof REVIEW_FIELDS }>;

/** Who may resolve an appeal: reviewers of the location, and HR anywhere. */
export function appealResolversWhere(user: SessionUser): Prisma.RefusalReportWhereInput {
  return user.role === "HR" ? readableReportsWhere(user) : reviewableReportsWhere(user);
}

/** A refusal the page names by its reason (review.errors.forbidden_<reason>). */
export const refused = (reason: string, message: string) => new AppError("forbidden", message, undefined, { reason });

/**
 * Loads a report the person may act on as a reviewer, the scope being part of
 * the query. A known report outside that scope is 403, a missing one 404:
 * reviewers know reports exist at other locations, so the difference leaks nothing.
 */
async function loadForReview(
  tx: Prisma.TransactionClient,
  where: Prisma.RefusalReportWhereInput,
  reportId: string,
): Promise<ReviewTarget> {
  const report = await tx.refusalReport.findFirst({ where: { AND: [where, { id: reportId }] }, select: REVIEW_FIELDS });
  if (report) return report;
  const exists = await tx.refusalReport.findUnique({ where: { id: reportId }, select: { id: true } });
  if (exists) throw refused("outOfScope", "This report belongs to a location you do not review.");
  throw new AppError("not_found", "Report not found.");
}

/** The reviewer whose decision the report's appeal contests, if it has one. */
export async function appealedDeciderId(tx: Prisma.TransactionClient, reportId: string) {
  const appeal = await tx.appeal.findUnique({ where: { reportId }, select: { decision: { select: { reviewerId: true } } } });
  return appeal?.decision.reviewerId ?? null;
}

/** Nobody reviews a report they filed themselves. */
export function assertNotOwnReport(user: SessionUser, report: { reporterId: string }) {
  if (report.reporterId === user.id) {
    throw refused("ownReport", "You cannot review a report you filed yourself.");
  }
}

/**
 * Runs a transition and, when it lost a race (someone changed the report after
 * the person loaded it), says who did and what they did, from the latest audit
 * event, so the form can say "just decided by X; reload to see it".
 */
export async function withConflictDetails<T>(reportId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "conflict" || error.details) throw error;
    const last = await db.auditEvent.findFirst({
      where: { reportId },
      orderBy: { id: "desc" },
      select: { action: true, toStatus: true, actorId: true },
    });
    const actor = last?.actorId ? await db.user.findUnique({ where: { id: last.actorId }, select: { name: true } }) : null;
    const actorName = actor?.name ?? "";
    const verb = last?.action === "report.decided" ? "decided" : "changed";
    throw new AppError("conflict", `This report was just ${verb} by ${actorName || "someone else"}; reload to see it.`, undefined, {
      actorName,
      action: last?.action ?? "",
      status: last?.toStatus ?? "",
    });
  }
}

/**
 * A reviewer's step on one report, as one transaction: the report is loaded
 * within `scope` (403 or 404 as loadForReview says), handed to `step`, and a
 * step that lost a race says who won (withConflictDetails).
 */
export function reviewStep<T>(
  scope: Prisma.RefusalReportWhereInput,
  reportId: string,
  step: (tx: Prisma.TransactionClient, report: ReviewTarget) => Promise<T>,
): Promise<T> {
  return withConflictDetails(reportId, () => db.$transaction(async (tx) => step(tx, await loadForReview(tx, scope, reportId))));
}

/**
 * A step that takes or decides a report (claim, decide, reopen): a reviewer
 * of its location who did not file it, who still reviews it now, and whose
 * decision on it was not appealed. The rule lives here once, so the three
 * steps cannot drift apart.
 *
 * Once the employee has appealed a decision, its reviewer takes no further
 * part in the report: besides not resolving the appeal, they neither claim,
 * decide nor reopen it afterwards. Otherwise they could decide again over the
 * appeal's ruling, and the employee has no second appeal. Other reviewers of
 * the location still can.
 */
export function deciderStep<T>(
  user: SessionUser,
  reportId: string,
  step: (tx: Prisma.TransactionClient, report: ReviewTarget) => Promise<T>,
): Promise<T> {
  return reviewStep(reviewableReportsWhere(user), reportId, async (tx, report) => {
    assertNotOwnReport(user, report);
    // A report never decided has no appeal: most claims and first decisions skip the lookup.
    if (report.firstDecidedAt && (await appealedDeciderId(tx, report.id)) === user.id) {
      throw refused("appealedDecision", "Your decision on this report was appealed; another reviewer takes it from here.");
    }
    // The session's scope was read when the request began: an admin may have
    // taken the person off the location (and released what they held) since.
    // Read again, locked, so such a change either came first or waits for this.
    if (!(await stillReviewsLocation(tx, user.id, report.locationId))) {
      throw refused("noLongerReviewer", "You no longer review this location's reports.");
    }
    return step(tx, report);
  });
}
