import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { lockReports, reviewableLocationIds } from "@/lib/reports/access";
import { applyTransition } from "@/lib/reports/lifecycle";

/**
 * Gives back to the queue the reports a person holds in review (narrowed by
 * `where`) once they may no longer decide them: deactivated, no longer a
 * supervisor, or taken off the location. Otherwise those reports stay held by
 * someone who cannot act, only an admin could release them, and the
 * employee's answers would go to the holder alone. Each is the release
 * transition, audited as the change's (the admin's, or the holder's own for a
 * role their identity provider changed), in that change's transaction.
 */
export async function releaseHeldReports(
  tx: Prisma.TransactionClient,
  actorId: string,
  holderId: string,
  where: Prisma.RefusalReportWhereInput = {},
) {
  const candidates = await tx.refusalReport.findMany({
    where: { AND: [{ assigneeId: holderId, status: "IN_REVIEW" }, where] },
    select: { id: true },
  });
  // All locked before any is released, in id order: releasing one holds its
  // location's status counters, and a colleague deciding the next one (which
  // they may) would otherwise wait on those counters while holding the report
  // this transaction waits for.
  await lockReports(tx, candidates.map((candidate) => candidate.id));
  let released = 0;
  for (const { id } of candidates) {
    // Read again: the holder may have decided or released it a moment ago,
    // which is no reason to fail the admin's (or a sign-in's) change.
    const report = await tx.refusalReport.findFirst({ where: { id, assigneeId: holderId, status: "IN_REVIEW" }, select: { id: true, version: true } });
    if (!report) continue;
    released += 1;
    await applyTransition(tx, {
      reportId: report.id,
      expectedVersion: report.version,
      transition: "release",
      actorId,
      patch: { assigneeId: null, claimedAt: null },
      auditData: { holderId, why: "holder_cannot_review" },
    });
  }
  return released;
}

/**
 * After a change of role or of reviewed locations: gives back what the person
 * holds where they no longer review (nothing, for an admin, who reviews
 * everywhere).
 */
export function releaseWhereNoLongerReviewing(
  tx: Prisma.TransactionClient,
  actorId: string,
  holderId: string,
  now: { role: Role; supervisedLocationIds: string[] },
) {
  const stillReviews = reviewableLocationIds(now);
  return stillReviews === null ? Promise.resolve(0) : releaseHeldReports(tx, actorId, holderId, { locationId: { notIn: stillReviews } });
}
