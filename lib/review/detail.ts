import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getReportByNumber } from "@/lib/reports/detail";
import { appealResolversWhere } from "./access";
import { reviewDeadlineCutoff, reviewDeadlineHours } from "./deadline";

export type ReviewAccess = { state: "ok"; reportId: string } | { state: "own"; number: string } | { state: "forbidden" } | { state: "not_found" };

/**
 * Whether the person may open a report's review page: supervisors of its
 * location and admins, HR for appeals. A known report outside that scope is
 * 403, an unknown number 404 (the rule for review actions). Their own
 * report is "own", wherever it was filed: nobody reviews their own
 * (assertNotOwnReport), a supervisor reads it as its reporter.
 */
export async function reviewAccess(user: SessionUser, number: string): Promise<ReviewAccess> {
  const report = await db.refusalReport.findUnique({ where: { number }, select: { id: true, number: true, reporterId: true } });
  if (!report) return { state: "not_found" };
  if (report.reporterId === user.id) return { state: "own", number: report.number };
  const allowed = await db.refusalReport.count({ where: { AND: [appealResolversWhere(user), { id: report.id }] } });
  return allowed > 0 ? { state: "ok", reportId: report.id } : { state: "forbidden" };
}

/** Everything the review page shows besides the context panel. */
export async function loadReviewDetail(user: SessionUser, number: string) {
  const report = await getReportByNumber(user, number);
  if (!report) return null;
  const [decisions, appeal, reasons, review] = await Promise.all([
    db.decision.findMany({
      where: { reportId: report.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        outcome: true,
        kind: true,
        rationale: true,
        followUpActions: true,
        followUpNote: true,
        createdAt: true,
        reviewerId: true,
        reviewer: { select: { name: true } },
        reasonCode: { select: { code: true, labelPl: true, labelEn: true } },
      },
    }),
    db.appeal.findUnique({
      where: { reportId: report.id },
      select: {
        id: true,
        reason: true,
        createdAt: true,
        appellant: { select: { name: true } },
        decision: { select: { reviewerId: true } },
        resolution: { select: { id: true } },
      },
    }),
    activeReasons(),
    db.refusalReport.findUniqueOrThrow({ where: { id: report.id }, select: { assigneeId: true, claimedAt: true } }),
  ]);
  return { report, decisions, appeal, reasons, assigneeId: review.assigneeId, claimedAt: review.claimedAt };
}

export type ReviewDetail = NonNullable<Awaited<ReturnType<typeof loadReviewDetail>>>;

/** The reason codes reviewers choose from, in the admins' order. */
export function activeReasons() {
  return db.decisionReason.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, outcome: true, labelPl: true, labelEn: true, definitionPl: true, definitionEn: true },
  });
}

export type ReasonOption = Awaited<ReturnType<typeof activeReasons>>[number];

/** What the person may do on the page, decided by the same rules the services enforce. */
export function reviewAbilities(user: SessionUser, detail: ReviewDetail, canReview: boolean) {
  const { report, appeal } = detail;
  // Never their own report: reviewAccess sends that to its reporter's page.
  const reviewer = canReview;
  const openAppeal = appeal && !appeal.resolution ? appeal : null;
  // The reviewer of an appealed decision takes no further part (deciderStep).
  const decider = reviewer && appeal?.decision.reviewerId !== user.id;
  return {
    claim: decider && report.status === "SUBMITTED",
    release: report.status === "IN_REVIEW" && (detail.assigneeId === user.id || (canReview && user.role === "ADMIN")),
    ask: decider && report.status === "IN_REVIEW",
    decide: decider && report.status === "IN_REVIEW",
    reopen: decider && (report.status === "JUSTIFIED" || report.status === "NOT_JUSTIFIED"),
    resolveAppeal: Boolean(openAppeal) && report.status === "APPEALED" && openAppeal?.decision.reviewerId !== user.id,
    ownDecisionAppealed: Boolean(openAppeal) && openAppeal?.decision.reviewerId === user.id,
  };
}

/** Appeals waiting for a reviewer, oldest first, within the person's scope. */
/** Appeals waiting for a ruling that `user` may resolve, oldest first; `overdue` past the review deadline, counted from the appeal. */
export async function listOpenAppeals(user: SessionUser, now = new Date()) {
  const [appeals, deadlineHours] = await Promise.all([
    db.appeal.findMany({
      where: { resolution: { is: null }, report: { AND: [appealResolversWhere(user), { status: "APPEALED" }] } },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: {
        id: true,
        reportId: true,
        createdAt: true,
        report: { select: { number: true, reporterId: true, location: { select: { name: true } }, reporter: { select: { name: true } } } },
        decision: { select: { reviewerId: true, reviewer: { select: { name: true } } } },
      },
    }),
    reviewDeadlineHours(),
  ]);
  const cutoff = reviewDeadlineCutoff(deadlineHours, now);
  return { deadlineHours, appeals: appeals.map((appeal) => ({ ...appeal, overdue: appeal.createdAt < cutoff })) };
}
