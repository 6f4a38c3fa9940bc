import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableReportsWhere, stillReviewsLocation } from "@/lib/reports/access";
import { applyTransition } from "@/lib/reports/lifecycle";
import { appealResolversWhere, assertNotOwnReport, refused, reviewStep, withConflictDetails } from "./access";
import { reasonFor } from "./decide";
import { parseInput } from "./parse";
import { appealSchema, resolveAppealSchema, type AppealInput, type ResolveAppealInput } from "./schemas";

export const APPEAL_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

type AppealState =
  | { canAppeal: true; deadline: Date; decisionId: string }
  | { canAppeal: false; reason: "notReporter" | "notDecidedAgainst" | "alreadyAppealed" | "windowClosed"; deadline?: Date };

/** Whether the reporter may still appeal: a not-justified decision, once, within 14 days. */
export async function appealState(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  report: { id: string; reporterId: string; status: string },
  now = new Date(),
): Promise<AppealState> {
  if (report.reporterId !== user.id) return { canAppeal: false, reason: "notReporter" };
  const [latest, existing] = await Promise.all([
    tx.decision.findFirst({ where: { reportId: report.id }, orderBy: { createdAt: "desc" }, select: { id: true, outcome: true, createdAt: true } }),
    tx.appeal.findUnique({ where: { reportId: report.id }, select: { id: true } }),
  ]);
  if (existing) return { canAppeal: false, reason: "alreadyAppealed" };
  if (!latest || latest.outcome !== "NOT_JUSTIFIED" || report.status !== "NOT_JUSTIFIED") {
    return { canAppeal: false, reason: "notDecidedAgainst" };
  }
  const deadline = new Date(latest.createdAt.getTime() + APPEAL_WINDOW_DAYS * DAY_MS);
  if (now > deadline) return { canAppeal: false, reason: "windowClosed", deadline };
  return { canAppeal: true, deadline, decisionId: latest.id };
}

/** The employee appeals a not-justified decision of their own report. */
export function appealDecision(user: SessionUser, raw: AppealInput) {
  const input = parseInput(appealSchema, raw);
  return withConflictDetails(input.reportId, () =>
    db.$transaction(async (tx) => {
      // Someone else's report is simply not found for an employee (no hint it exists).
      const report = await tx.refusalReport.findFirst({
        where: { AND: [readableReportsWhere(user), { id: input.reportId }] },
        select: { id: true, reporterId: true, status: true, locationId: true },
      });
      if (!report) throw new AppError("not_found", "Report not found.");
      const state = await appealState(tx, user, report);
      if (!state.canAppeal) {
        if (state.reason === "notReporter") throw refused(state.reason, "Only the person who filed the report can appeal.");
        throw refused(state.reason, "This decision can no longer be appealed.");
      }
      const appealId = randomUUID();
      const result = await applyTransition(tx, {
        reportId: report.id,
        expectedVersion: input.version,
        transition: "appeal",
        actorId: user.id,
        reason: input.reason,
        auditData: { appealId, decisionId: state.decisionId },
        outbox: { type: "report.appealed", payload: { appealId, locationId: report.locationId } },
      });
      await tx.appeal.create({
        data: { id: appealId, reportId: report.id, decisionId: state.decisionId, appellantId: user.id, reason: input.reason },
      });
      return { version: result.version, appealId };
    }),
  );
}

/**
 * A different reviewer upholds or overturns the appealed decision: a
 * supervisor of the location or HR, never the original decider. The original
 * decision stays; the resolution is a new decision linked to the appeal.
 */
export async function resolveAppeal(user: SessionUser, raw: ResolveAppealInput) {
  const input = parseInput(resolveAppealSchema, raw);
  const outcome = input.resolution === "UPHELD" ? "NOT_JUSTIFIED" : "JUSTIFIED";
  const kind = input.resolution === "UPHELD" ? "APPEAL_UPHELD" : "APPEAL_OVERTURNED";
  const reason = await reasonFor(db, input.reasonCodeId, outcome);
  return reviewStep(appealResolversWhere(user), input.reportId, async (tx, report) => {
    assertNotOwnReport(user, report);
    const appeal = await tx.appeal.findUnique({
      where: { reportId: report.id },
      select: { id: true, decision: { select: { reviewerId: true } }, resolution: { select: { id: true } } },
    });
    if (!appeal || appeal.resolution) {
      throw new AppError("conflict", "There is no open appeal on this report.", undefined, { action: "", actorName: "", status: report.status });
    }
    if (appeal.decision.reviewerId === user.id) {
      throw refused("ownDecision", "You cannot resolve an appeal of your own decision.");
    }
    // As for a decision (deciderStep): still a reviewer of the location, or
    // still HR, now and not only when the session was read.
    if (!(await stillReviewsLocation(tx, user.id, report.locationId, { active: true, role: "HR" }))) throw refused("noLongerReviewer", "You no longer resolve this location's appeals.");
    const decisionId = randomUUID();
    const now = new Date();
    const result = await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.version,
      transition: "resolveAppeal",
      to: outcome,
      actorId: user.id,
      patch: { decidedAt: now },
      auditData: { decisionId, appealId: appeal.id, outcome, reasonCode: reason.code, kind },
      outbox: {
        type: "report.appeal_resolved",
        payload: { reporterId: report.reporterId, decisionId, appealId: appeal.id, resolution: input.resolution },
      },
    });
    await tx.decision.create({
      data: {
        id: decisionId,
        reportId: report.id,
        reviewerId: user.id,
        outcome,
        kind,
        reasonCodeId: reason.id,
        rationale: input.rationale,
        followUpActions: input.followUpActions,
        followUpNote: input.followUpNote || null,
        appealId: appeal.id,
        createdAt: now,
      },
    });
    return { version: result.version, decisionId };
  });
}
