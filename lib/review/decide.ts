import "server-only";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Outcome } from "@/lib/generated/prisma/enums";
import { applyTransition } from "@/lib/reports/lifecycle";
import { deciderStep } from "./access";
import { parseInput } from "./parse";
import { decideSchema, reopenSchema, type DecideInput, type ReopenInput } from "./schemas";

/** The reason code must exist, be in use and belong to the outcome chosen. */
export async function reasonFor(client: Prisma.TransactionClient, reasonCodeId: string, outcome: Outcome) {
  const reason = await client.decisionReason.findUnique({ where: { id: reasonCodeId }, select: { id: true, code: true, outcome: true, active: true } });
  if (!reason || !reason.active || reason.outcome !== outcome) {
    throw new AppError("validation", "Choose a reason that matches the decision.", { reasonCodeId: ["reasonMismatch"] });
  }
  return reason;
}

/**
 * Records the decision: justified or not, with a reason code, a rationale and
 * follow-up actions. Any reviewer of the location may decide (a colleague can
 * step in for the holder); the version check lets exactly one of two
 * simultaneous decisions through. Decisions are append-only: after a reopen a
 * new one follows, the earlier one stays.
 */
export async function decideReport(user: SessionUser, raw: DecideInput) {
  const input = parseInput(decideSchema, raw);
  // Reference data, read before the transaction so it holds its connection briefly.
  const reason = await reasonFor(db, input.reasonCodeId, input.outcome);
  return deciderStep(user, input.reportId, async (tx, report) => {
    // Only a reopened report has been decided before.
    const kind = report.firstDecidedAt ? "AFTER_REOPEN" : "INITIAL";
    const decisionId = randomUUID();
    const now = new Date();
    const result = await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.version,
      transition: "decide",
      to: input.outcome,
      actorId: user.id,
      patch: { assigneeId: user.id, decidedAt: now, firstDecidedAt: report.firstDecidedAt ?? now },
      auditData: { decisionId, outcome: input.outcome, reasonCode: reason.code, kind },
      outbox: { type: "report.decided", payload: { reporterId: report.reporterId, decisionId, outcome: input.outcome } },
    });
    await tx.decision.create({
      data: {
        id: decisionId,
        reportId: report.id,
        reviewerId: user.id,
        outcome: input.outcome,
        kind,
        reasonCodeId: reason.id,
        rationale: input.rationale,
        followUpActions: input.followUpActions,
        followUpNote: input.followUpNote || null,
        createdAt: now,
      },
    });
    return { version: result.version, decisionId };
  });
}

/** Takes a decided report back into review; the decision stays in the history. */
export function reopenReport(user: SessionUser, raw: ReopenInput) {
  const input = parseInput(reopenSchema, raw);
  return deciderStep(user, input.reportId, async (tx, report) => {
    const result = await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: input.version,
      transition: "reopen",
      actorId: user.id,
      reason: input.reason,
      // The review deadline starts again from the reopening, and a report escalated once may be again.
      patch: { assigneeId: user.id, claimedAt: new Date(), decidedAt: null, reopenedAt: new Date(), overdueNotifiedAt: null },
      outbox: { type: "report.reopened", payload: { reporterId: report.reporterId } },
    });
    return { version: result.version };
  });
}
