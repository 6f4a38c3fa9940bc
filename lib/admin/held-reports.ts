import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { fromLostHolder, lockReports, reviewableLocationIds } from "@/lib/reports/access";
import { applyTransition } from "@/lib/reports/lifecycle";

/**
 * Gives back to the queue the reports the people of `holderIds` hold in review
 * (narrowed by `where`) once they may no longer decide them: deactivated, no longer a
 * supervisor, or taken off the location. Otherwise those reports stay held by
 * someone who cannot act, only an admin could release them, and the
 * employee's answers would go to the holder alone. Each is the release
 * transition, audited as the change's (the admin's, or the holder's own for a
 * role their identity provider changed), in that change's transaction.
 */
export async function releaseHeldReports(
  tx: Prisma.TransactionClient,
  actorId: string,
  holderIds: string[],
  where: Prisma.RefusalReportWhereInput = {},
) {
  if (holderIds.length === 0) return 0;
  const held: Prisma.RefusalReportWhereInput = { AND: [{ assigneeId: { in: holderIds }, status: "IN_REVIEW" }, where] };
  const candidates = await tx.refusalReport.findMany({ where: held, select: { id: true } });
  // All locked before any is released, in id order: releasing one holds its
  // location's status counters, and a colleague deciding the next one (which
  // they may) would otherwise wait on those counters while holding the report
  // this transaction waits for.
  await lockReports(tx, candidates.map((candidate) => candidate.id));
  // Read again, once, now that they are locked: a holder may have decided or
  // released one a moment ago, which is no reason to fail the admin's (or a
  // sign-in's) change.
  const reports = await tx.refusalReport.findMany({
    where: { AND: [held, { id: { in: candidates.map((candidate) => candidate.id) } }] },
    select: { id: true, version: true, assigneeId: true },
  });
  for (const report of reports) {
    const { patch, auditData } = fromLostHolder(report.assigneeId);
    await applyTransition(tx, { reportId: report.id, expectedVersion: report.version, transition: "release", actorId, patch, auditData });
  }
  return reports.length;
}

/**
 * A person's role and reviewed locations, set the one way both an admin's
 * edit and the identity provider's role claim set them: assignments not in
 * `supervisedLocationIds` go and the missing ones are added, the user row
 * takes `data` and the role, and the reports they hold where they no longer
 * review go back to the queue (nothing, for an admin, who reviews everywhere).
 * Assignments, then the user row, then the reports: the order a review step
 * locks them in, so the two cannot deadlock. Returns how many went back.
 */
export async function applyReviewerChange(
  tx: Prisma.TransactionClient,
  actorId: string,
  userId: string,
  change: { role: Role; supervisedLocationIds: string[]; data?: Prisma.UserUpdateInput },
) {
  const { role, supervisedLocationIds } = change;
  await tx.supervisorAssignment.deleteMany({ where: { userId, locationId: { notIn: supervisedLocationIds } } });
  await tx.supervisorAssignment.createMany({ data: supervisedLocationIds.map((locationId) => ({ userId, locationId })), skipDuplicates: true });
  await tx.user.update({ where: { id: userId }, data: { ...change.data, role } });
  const stillReviews = reviewableLocationIds({ role, supervisedLocationIds });
  return stillReviews === null ? 0 : releaseHeldReports(tx, actorId, [userId], { locationId: { notIn: stillReviews } });
}
