import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * A person's own data, for an admin to hand over on request: the account,
 * the reports they filed with their question threads and appeals, and the
 * decisions made about those reports. The customer description is left out:
 * it is about someone else. The export itself is audited.
 */
export async function exportPersonalData(actorId: string, userId: string) {
  if (!z.uuid().safeParse(userId).success) throw new AppError("not_found", "User not found.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        locale: true,
        active: true,
        createdAt: true,
        deactivatedAt: true,
        memberships: { select: { location: { select: { code: true, name: true } } } },
        supervisions: { select: { location: { select: { code: true, name: true } } } },
      },
    });
    if (!user) throw new AppError("not_found", "User not found.");
    const reports = await tx.refusalReport.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: "asc" },
      omit: { customerDescription: true, idempotencyKey: true, reporterId: true, assigneeId: true, locationId: true },
      include: {
        location: { select: { code: true, name: true } },
        messages: { orderBy: { createdAt: "asc" }, select: { kind: true, body: true, createdAt: true, author: { select: { name: true } } } },
        appeals: { select: { reason: true, createdAt: true } },
        decisions: {
          orderBy: { createdAt: "asc" },
          select: {
            outcome: true,
            kind: true,
            rationale: true,
            followUpActions: true,
            followUpNote: true,
            createdAt: true,
            reasonCode: { select: { code: true, labelPl: true, labelEn: true } },
            reviewer: { select: { name: true } },
          },
        },
      },
    });
    await recordAudit(tx, {
      actorId,
      action: "admin.user.exported",
      entityType: "User",
      entityId: userId,
      data: { reports: reports.length },
    });
    return {
      exportedAt: new Date().toISOString(),
      person: {
        ...user,
        memberships: user.memberships.map((m) => m.location),
        supervisions: user.supervisions.map((s) => s.location),
      },
      reports: reports.map(({ decisions, ...report }) => ({
        ...report,
        messages: report.messages.map(({ author, ...message }) => ({ ...message, author: author.name })),
        decisions: decisions.map(({ reviewer, reasonCode, ...decision }) => ({ ...decision, reviewer: reviewer.name, reason: reasonCode })),
      })),
    };
  });
}
