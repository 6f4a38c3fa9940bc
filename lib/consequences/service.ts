import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { lockReport } from "@/lib/reports/access";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { QUIET_PERIOD_DAYS, type recordConsequenceSchema } from "./schema";

/**
 * Reports on which the person may record consequences: HR and admins all,
 * supervisors their locations' but their own (a supervisor files reports too,
 * and consequences are not shown to the reporter).
 */
export function consequenceScope(user: SessionUser): Prisma.RefusalReportWhereInput {
  if (user.role === "HR" || user.role === "ADMIN") return {};
  if (user.role === "SUPERVISOR") return { locationId: { in: user.supervisedLocationIds }, reporterId: { not: user.id } };
  return { id: { in: [] } };
}

/**
 * Records what followed a refusal. The report is looked up inside the person's
 * scope (another location's report is "not found"); "nothing after 30 days"
 * excludes the other kinds and needs 30 days since the incident; each kind is
 * recorded once, also when two requests arrive at once. Audited in the same
 * transaction. Nothing is ever edited.
 */
export async function recordConsequence(user: SessionUser, input: z.output<typeof recordConsequenceSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const report = await tx.refusalReport.findFirst({
      where: { AND: [consequenceScope(user), { id: input.reportId }] },
      select: { id: true, occurredAt: true },
    });
    if (!report) throw new AppError("not_found", "not_found");
    // A double tap, or HR and the supervisor at once: one after the other.
    await lockReport(tx, report.id);
    const recorded = await tx.consequence.findMany({ where: { reportId: report.id }, select: { kind: true } });
    const kinds = recorded.map((c) => c.kind);
    if (kinds.includes(input.kind)) throw new AppError("conflict", "already_recorded");
    if (input.kind === "NONE_AFTER_30_DAYS") {
      if (kinds.length > 0) throw new AppError("conflict", "none_with_others");
      if (now.getTime() - report.occurredAt.getTime() < QUIET_PERIOD_DAYS * 86_400_000) {
        throw new AppError("validation", "too_early");
      }
    }
    // A complaint arriving after "nothing after 30 days" is added beside it: both facts stay.
    const consequence = await tx.consequence.create({
      data: { reportId: report.id, kind: input.kind, note: input.note, recordedById: user.id },
      select: { id: true, kind: true, note: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "report.consequence_recorded",
      entityType: "consequence",
      entityId: consequence.id,
      reportId: report.id,
      data: { kind: input.kind },
    });
    return consequence;
  });
}

/** The consequences of one report, for its detail page (call within the reader's scope). */
export function consequencesOf(reportId: string) {
  return db.consequence.findMany({
    where: { reportId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, note: true, createdAt: true, recordedBy: { select: { name: true } } },
  });
}
