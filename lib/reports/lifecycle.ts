import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { enqueueOutboxEvent, type OutboxEventType } from "@/lib/outbox/enqueue";
import { TRANSITIONS, type TransitionName } from "./transitions";

export { TRANSITIONS, type TransitionName };

export interface TransitionRequest {
  reportId: string;
  /** The version the person saw; a different current version is a conflict. */
  expectedVersion: number;
  transition: TransitionName;
  actorId: string;
  /** Target status where the transition allows several (decide, resolve appeal). */
  to?: ReportStatus;
  reason?: string | null;
  /** Extra columns to set on the report in the same update (assignee, timestamps). */
  patch?: Prisma.RefusalReportUncheckedUpdateManyInput;
  auditData?: Prisma.InputJsonValue;
  outbox?: { type: OutboxEventType; payload?: Record<string, Prisma.InputJsonValue | null> };
}

/**
 * Moves a report through its lifecycle inside the caller's transaction: checks
 * the transition is allowed from the current status and that nobody changed the
 * report since the person loaded it (optimistic concurrency on `version`),
 * then writes the new status, the audit event and the outbox event together.
 */
export async function applyTransition(tx: Prisma.TransactionClient, request: TransitionRequest) {
  const rule = TRANSITIONS[request.transition] as {
    from: readonly ReportStatus[];
    to: readonly ReportStatus[];
    audit: string;
  };
  const to = request.to ?? rule.to[0];
  if (!rule.to.includes(to)) {
    throw new AppError("validation", `Transition ${request.transition} cannot lead to ${to}.`);
  }
  const current = await tx.refusalReport.findUnique({
    where: { id: request.reportId },
    select: { status: true, version: true },
  });
  if (!current) throw new AppError("not_found", "Report not found.");
  if (current.version !== request.expectedVersion || !rule.from.includes(current.status)) {
    throw new AppError("conflict", "This report was changed by someone else. Reload to see the latest version.");
  }
  const { count } = await tx.refusalReport.updateMany({
    where: { id: request.reportId, version: request.expectedVersion, status: { in: [...rule.from] } },
    data: { ...request.patch, status: to, version: { increment: 1 } },
  });
  if (count !== 1) {
    throw new AppError("conflict", "This report was changed by someone else. Reload to see the latest version.");
  }
  await recordAudit(tx, {
    actorId: request.actorId,
    action: rule.audit,
    entityType: "report",
    entityId: request.reportId,
    reportId: request.reportId,
    fromStatus: current.status,
    toStatus: to,
    reason: request.reason ?? null,
    data: request.auditData,
  });
  if (request.outbox) {
    await enqueueOutboxEvent(tx, request.outbox.type, {
      reportId: request.reportId,
      actorId: request.actorId,
      ...request.outbox.payload,
    });
  }
  return { from: current.status, to, version: request.expectedVersion + 1 };
}
