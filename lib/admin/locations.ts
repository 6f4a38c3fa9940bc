import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { releaseHeldReports } from "./held-reports";
import type { archiveLocationSchema, createLocationSchema, locationSupervisorsSchema, renameLocationSchema } from "./schemas";

export function listLocations({ includeArchived = true } = {}) {
  return db.location.findMany({
    where: includeArchived ? {} : { archivedAt: null },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      archivedAt: true,
      supervisors: { select: { userId: true, user: { select: { name: true } } }, orderBy: { user: { name: "asc" } } },
      _count: { select: { members: true, reports: true } },
    },
  });
}

/** Active supervisors, the people a location's reviewers are chosen from. */
export function listSupervisors() {
  return db.user.findMany({
    where: { role: "SUPERVISOR", active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function createLocation(admin: SessionUser, input: z.output<typeof createLocationSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      const location = await tx.location.create({ data: input, select: { id: true } });
      await recordAudit(tx, { actorId: admin.id, action: "admin.location.created", entityType: "Location", entityId: location.id, data: input });
      return { locationId: location.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "Code already in use.", { code: ["codeTaken"] });
    throw error;
  }
}

export async function renameLocation(admin: SessionUser, input: z.output<typeof renameLocationSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.location.findUnique({ where: { id: input.locationId }, select: { name: true } });
    if (!before) throw new AppError("not_found", "No such location.");
    await tx.location.update({ where: { id: input.locationId }, data: { name: input.name } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "admin.location.renamed",
      entityType: "Location",
      entityId: input.locationId,
      data: { from: before.name, to: input.name },
    });
    return { locationId: input.locationId };
  });
}

/** Archived locations keep their reports and people; they are no longer offered for new assignments. */
export async function archiveLocation(admin: SessionUser, input: z.output<typeof archiveLocationSchema>) {
  return db.$transaction(async (tx) => {
    const updated = await tx.location.updateMany({
      where: { id: input.locationId, archivedAt: input.archived ? null : { not: null } },
      data: { archivedAt: input.archived ? new Date() : null },
    });
    if (updated.count === 0) {
      if (!(await tx.location.count({ where: { id: input.locationId } }))) throw new AppError("not_found", "No such location.");
      return { locationId: input.locationId, changed: false };
    }
    await recordAudit(tx, {
      actorId: admin.id,
      action: input.archived ? "admin.location.archived" : "admin.location.restored",
      entityType: "Location",
      entityId: input.locationId,
    });
    return { locationId: input.locationId, changed: true };
  });
}

/**
 * Replaces the location's reviewers; each must be an active supervisor.
 *
 * The form lists only active supervisors, so the admin cannot see, keep or
 * untick the assignment of someone deactivated or demoted since. Saving drops
 * those assignments (reactivating the person does not bring the location
 * back; the admin assigns it again), and an id of theirs sent by a form loaded
 * before the change is dropped too instead of failing the save. Anyone else
 * who is not an active supervisor is refused.
 */
export async function setLocationSupervisors(admin: SessionUser, input: z.output<typeof locationSupervisorsSchema>) {
  const requested = [...new Set(input.supervisorIds)];
  return db.$transaction(async (tx) => {
    if (!(await tx.location.count({ where: { id: input.locationId } }))) throw new AppError("not_found", "No such location.");
    const before = await tx.supervisorAssignment.findMany({ where: { locationId: input.locationId }, select: { userId: true } });
    const valid = new Set(
      (await tx.user.findMany({ where: { id: { in: requested }, role: "SUPERVISOR", active: true }, select: { id: true } })).map((u) => u.id),
    );
    const assigned = new Set(before.map((b) => b.userId));
    if (requested.some((id) => !valid.has(id) && !assigned.has(id))) {
      throw new AppError("validation", "Only active supervisors can review a location.", { supervisorIds: ["notSupervisor"] });
    }
    const supervisorIds = requested.filter((id) => valid.has(id));
    await tx.supervisorAssignment.deleteMany({ where: { locationId: input.locationId, userId: { notIn: supervisorIds } } });
    // All of them at once: their reports are locked together, in one order.
    const removed = before.map((b) => b.userId).filter((userId) => !supervisorIds.includes(userId));
    await releaseHeldReports(tx, admin.id, removed, { locationId: input.locationId });
    await tx.supervisorAssignment.createMany({
      data: supervisorIds.map((userId) => ({ userId, locationId: input.locationId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "admin.location.supervisors_set",
      entityType: "Location",
      entityId: input.locationId,
      data: { before: before.map((b) => b.userId), after: supervisorIds },
    });
    return { locationId: input.locationId };
  });
}
