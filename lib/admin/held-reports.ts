import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyTransition } from "@/lib/reports/lifecycle";

/**
 * Gives back to the queue the reports a person holds in review (narrowed by
 * `where`) once they may no longer decide them: deactivated, no longer a
 * supervisor, or taken off the location. Otherwise those reports stay held by
 * someone who cannot act, only an admin could release them, and the
 * employee's answers would go to the holder alone. Each is the release
 * transition, audited as the admin's, in the admin's transaction.
 */
export async function releaseHeldReports(
  tx: Prisma.TransactionClient,
  admin: SessionUser,
  holderId: string,
  where: Prisma.RefusalReportWhereInput = {},
) {
  const held = await tx.refusalReport.findMany({
    where: { AND: [{ assigneeId: holderId, status: "IN_REVIEW" }, where] },
    select: { id: true, version: true },
  });
  for (const report of held) {
    await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: report.version,
      transition: "release",
      actorId: admin.id,
      patch: { assigneeId: null, claimedAt: null },
      auditData: { holderId, why: "holder_cannot_review" },
    });
  }
  return held.length;
}
