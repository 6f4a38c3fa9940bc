import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The reports a person may read, as a `where` clause to put in every query:
 * employees their own; supervisors their own and those of the locations they
 * review; HR and admins every report. A report outside it is "not found".
 */
export function readableReportsWhere(user: Pick<SessionUser, "id" | "role" | "supervisedLocationIds">): Prisma.RefusalReportWhereInput {
  switch (user.role) {
    case "HR":
    case "ADMIN":
      return {};
    case "SUPERVISOR":
      return { OR: [{ reporterId: user.id }, { locationId: { in: user.supervisedLocationIds } }] };
    case "EMPLOYEE":
      return { reporterId: user.id };
  }
}

/** Reports a person may act on as a reviewer: supervisors of the location, and admins. */
export function reviewableReportsWhere(user: SessionUser): Prisma.RefusalReportWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role === "SUPERVISOR") return { locationId: { in: user.supervisedLocationIds } };
  return { id: { in: [] } };
}

/** The locations whose reports a person reviews: null for all (admins), none for other roles. */
export function reviewableLocationIds(user: Pick<SessionUser, "role" | "supervisedLocationIds">): string[] | null {
  if (user.role === "ADMIN") return null;
  if (user.role === "SUPERVISOR") return user.supervisedLocationIds;
  return [];
}

/**
 * A supervisor with no location to review: single sign-on, or the location
 * page taking them off their last one, can leave one so. Their queue, appeals
 * and dashboard are empty for good until an admin assigns a location, and the
 * pages say so instead of showing an empty list.
 */
export function reviewsNoLocation(user: Pick<SessionUser, "role" | "supervisedLocationIds">): boolean {
  return user.role === "SUPERVISOR" && user.supervisedLocationIds.length === 0;
}

/**
 * The people who may act on a location's reports as reviewers, as a `where`
 * on users: active, and an admin or a supervisor assigned to the location.
 * The role as well as the assignment: a person made an employee may keep
 * assignment rows, and no longer reviews.
 */
export function reviewersOfLocationWhere(locationId: string): Prisma.UserWhereInput {
  return { active: true, OR: [{ role: "ADMIN" }, supervisorsOfLocationWhere(locationId)] };
}

/** The location's own supervisors (reviewersOfLocationWhere without the admins). */
export function supervisorsOfLocationWhere(locationId: string): Prisma.UserWhereInput {
  return { active: true, role: "SUPERVISOR", supervisions: { some: { locationId } } };
}

/**
 * Whether `userId` reviews the location's reports, read with their
 * assignment to it and their user row locked (FOR SHARE) to the end of the
 * transaction: an admin's change of either (taking them off the location,
 * deactivation, a new role) then either came first and is seen here, or waits
 * for this transaction and sees what it wrote. Assignment first, then user:
 * the order an admin's change takes them, so the two cannot deadlock.
 * `orElse` admits others too (HR, for an appeal), read from the same locked row.
 */
export async function stillReviewsLocation(
  tx: Prisma.TransactionClient,
  userId: string,
  locationId: string,
  orElse?: Prisma.UserWhereInput,
) {
  await tx.$queryRaw`select 1 from "SupervisorAssignment" where "userId" = ${userId}::uuid and "locationId" = ${locationId}::uuid for share`;
  await tx.$queryRaw`select 1 from "User" where "id" = ${userId}::uuid for share`;
  const who = orElse ? { OR: [reviewersOfLocationWhere(locationId), orElse] } : reviewersOfLocationWhere(locationId);
  return (await tx.user.count({ where: { AND: [{ id: userId }, who] } })) > 0;
}

/**
 * What taking a report from a holder who can no longer review it writes, the
 * same for a release by an admin's change and for an answer: no holder, and
 * why, for the audit.
 */
export function fromLostHolder(holderId: string | null) {
  return {
    patch: { assigneeId: null, claimedAt: null },
    auditData: { holderId, why: "holder_cannot_review" },
  } satisfies { patch: Prisma.RefusalReportUncheckedUpdateManyInput; auditData: Prisma.InputJsonObject };
}

/**
 * Holds the report's row until the transaction ends, so that rules checked by
 * reading its other rows (attachments, consequences) hold for requests that
 * arrive together: the second reads only after the first has committed.
 */
export async function lockReport(tx: Prisma.TransactionClient, reportId: string) {
  await tx.$queryRaw`select 1 from "RefusalReport" where "id" = ${reportId}::uuid for update`;
}

/** Several reports at once, always in id order, so two transactions locking overlapping sets cannot deadlock. */
export async function lockReports(tx: Prisma.TransactionClient, reportIds: string[]) {
  if (reportIds.length === 0) return;
  await tx.$queryRaw`select 1 from "RefusalReport" where "id" = any(${reportIds}::uuid[]) order by "id" for update`;
}
