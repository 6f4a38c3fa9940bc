import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { reviewableReportsWhere } from "@/lib/reports/access";
import { applyTransition } from "@/lib/reports/lifecycle";
import { deciderStep, refused, reviewStep } from "./access";
import { parseInput } from "./parse";
import { claimSchema, releaseSchema, requestInfoSchema, type ClaimInput, type RequestInfoInput } from "./schemas";

// Claim, release and questions: the steps before a decision. Each is one
// transaction through applyTransition (version check, audit, outbox).

/** Takes a submitted report into review, assigned to the person. */
export function claimReport(user: SessionUser, raw: ClaimInput) {
  const input = parseInput(claimSchema, raw);
  return deciderStep(user, input.reportId, async (tx, report) => {
    const now = new Date();
    const result = await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.version,
      transition: "claim",
      actorId: user.id,
      // Once taken up, the reporter can no longer change it, even after a release
      // (reporterMayChange): the first claim is kept. The row was read in this
      // transaction, and a claim in between would have failed the version check.
      patch: { assigneeId: user.id, claimedAt: now, ...(report.firstClaimedAt === null && { firstClaimedAt: now }) },
      outbox: { type: "report.claimed", payload: { reporterId: report.reporterId, assigneeId: user.id } },
    });
    return { version: result.version };
  });
}

/** Gives a claimed report back to the queue; only its holder (or an admin) may. */
export function releaseReport(user: SessionUser, raw: ClaimInput) {
  const input = parseInput(releaseSchema, raw);
  return reviewStep(reviewableReportsWhere(user), input.reportId, async (tx, report) => {
    // A stale release (already released or decided) is a conflict, reported by applyTransition.
    if (report.status === "IN_REVIEW" && report.assigneeId !== user.id && user.role !== "ADMIN") {
      throw refused("notHolder", "Only the person holding this report can release it.");
    }
    const result = await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.version,
      transition: "release",
      actorId: user.id,
      patch: { assigneeId: null, claimedAt: null },
    });
    return { version: result.version };
  });
}

/**
 * Asks the employee a question; the report waits for their answer. A step
 * toward a decision, under a decider's rules: not by the reviewer whose
 * decision on it was appealed, nor by one taken off its location.
 */
export function requestInfo(user: SessionUser, raw: RequestInfoInput) {
  const input = parseInput(requestInfoSchema, raw);
  return deciderStep(user, input.reportId, async (tx, report) => {
    const messageId = randomUUID();
    const result = await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.version,
      transition: "requestInfo",
      actorId: user.id,
      auditData: { messageId },
      outbox: { type: "report.info_requested", payload: { reporterId: report.reporterId, messageId } },
    });
    await tx.reportMessage.create({
      data: { id: messageId, reportId: report.id, authorId: user.id, kind: "QUESTION", body: input.question },
    });
    return { version: result.version, messageId };
  });
}
