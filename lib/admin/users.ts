import "server-only";
import { cache } from "react";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { endSessions, type SessionUser } from "@/lib/auth/session";
import { expirePasswordTokens, issuePasswordToken, setPasswordPath } from "@/lib/auth/password-token";
import { db } from "@/lib/db/client";
import { lockRoleChanges } from "@/lib/db/locks";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reviewsNoLocation } from "@/lib/reports/access";
import { applyReviewerChange, releaseHeldReports } from "./held-reports";
import type { createUserSchema, updateUserSchema, userSearchSchema } from "./schemas";

type SearchInput = z.output<typeof userSearchSchema>;

export function listUsers(filter: SearchInput = {}) {
  const where: Prisma.UserWhereInput = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.status ? { active: filter.status === "active" } : {}),
    ...(filter.q
      ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { email: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
  return db.user.findMany({
    where,
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      ssoSubject: true,
      memberships: { select: { location: { select: { id: true, name: true } } } },
      supervisions: { select: { location: { select: { id: true, name: true } } } },
    },
  });
}

/** Once per request: the page and its title both read it. */
export const getUserForAdmin = cache(async (userId: string) => {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      deactivatedAt: true,
      createdAt: true,
      ssoSubject: true,
      passwordHash: true,
      memberships: { select: { locationId: true } },
      supervisions: { select: { locationId: true } },
      _count: { select: { reports: true, sessions: { where: { revokedAt: null } } } },
    },
  });
  if (!user) return null;
  const { passwordHash, memberships, supervisions, _count, ...rest } = user;
  return {
    ...rest,
    hasPassword: Boolean(passwordHash),
    locationIds: memberships.map((m) => m.locationId),
    supervisedLocationIds: supervisions.map((s) => s.locationId),
    reportCount: _count.reports,
    openSessionCount: _count.sessions,
  };
});

/** Locations the admin may assign (archived ones are kept on existing people but not offered). */
async function assertAssignable(tx: Prisma.TransactionClient, locationIds: string[]) {
  const unique = [...new Set(locationIds)];
  if (unique.length === 0) return unique;
  const found = await tx.location.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw new AppError("validation", "Unknown location.", { locationIds: ["unknownLocation"] });
  return unique;
}

/** Creates the account with no password and returns its one-time set-password link. */
export async function createUser(admin: SessionUser, input: z.output<typeof createUserSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      const locationIds = await assertAssignable(tx, input.locationIds);
      const supervised = input.role === "SUPERVISOR" ? await assertAssignable(tx, input.supervisedLocationIds) : [];
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          memberships: { create: locationIds.map((locationId) => ({ locationId })) },
          supervisions: { create: supervised.map((locationId) => ({ locationId })) },
        },
        select: { id: true },
      });
      const token = await issuePasswordToken(tx, user.id);
      await recordAudit(tx, {
        actorId: admin.id,
        action: "admin.user.created",
        entityType: "User",
        entityId: user.id,
        data: { email: input.email, role: input.role, locationIds, supervisedLocationIds: supervised },
      });
      return { userId: user.id, setPasswordPath: setPasswordPath(token) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "E-mail already in use.", { email: ["emailTaken"] });
    throw error;
  }
}

/**
 * Serialises the changes that can take an admin's rights away (a new role,
 * deactivation) and refuses one made by an admin who lost theirs a moment
 * ago. No admin can deactivate or demote themselves; without this, two admins
 * deactivating or demoting each other at the same moment would both pass that
 * check (the guard read each one's rights before either change) and leave
 * the company with no admin. Held to the end of the transaction.
 */
async function lockAdminRights(tx: Prisma.TransactionClient, admin: SessionUser) {
  await lockRoleChanges(tx);
  const stillAdmin = await tx.user.count({ where: { id: admin.id, active: true, role: "ADMIN" } });
  if (!stillAdmin) throw new AppError("forbidden", "Your admin rights were removed.", { _form: ["noLongerAdmin"] });
}

/** Name, role and locations. Takes effect on the person's next request (the guard re-reads them). */
export async function updateUser(admin: SessionUser, input: z.output<typeof updateUserSchema>) {
  if (input.userId === admin.id && input.role !== "ADMIN") {
    throw new AppError("conflict", "You cannot remove your own admin role.", { role: ["ownRole"] });
  }
  return db.$transaction(async (tx) => {
    await lockAdminRights(tx, admin);
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { role: true, name: true, memberships: { select: { locationId: true } }, supervisions: { select: { locationId: true } } },
    });
    if (!before) throw new AppError("not_found", "No such user.");
    // A supervisor's last reviewed location is not taken away here (nor is one made supervisor with none).
    if (reviewsNoLocation(input) && (before.role !== "SUPERVISOR" || before.supervisions.length > 0)) {
      throw new AppError("validation", "A supervisor needs a location to review.", { supervisedLocationIds: ["supervisorLocationRequired"] });
    }
    const locationIds = await assertAssignable(tx, input.locationIds);
    const supervised = input.role === "SUPERVISOR" ? await assertAssignable(tx, input.supervisedLocationIds) : [];
    await tx.userLocation.deleteMany({ where: { userId: input.userId, locationId: { notIn: locationIds } } });
    await tx.userLocation.createMany({ data: locationIds.map((locationId) => ({ userId: input.userId, locationId })), skipDuplicates: true });
    const released = await applyReviewerChange(tx, admin.id, input.userId, {
      role: input.role,
      supervisedLocationIds: supervised,
      data: { name: input.name },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "admin.user.updated",
      entityType: "User",
      entityId: input.userId,
      data: {
        before: { name: before.name, role: before.role, locationIds: before.memberships.map((m) => m.locationId), supervisedLocationIds: before.supervisions.map((s) => s.locationId) },
        after: { name: input.name, role: input.role, locationIds, supervisedLocationIds: supervised },
        releasedReports: released,
      },
    });
    return { userId: input.userId };
  });
}

/**
 * Ends the person's sessions. An admin acting on their own account keeps the
 * session they are using (they would be signed out mid-action) and loses
 * every other one.
 */
function revokeSessions(tx: Prisma.TransactionClient, admin: SessionUser, userId: string, now: Date) {
  return endSessions(tx, userId, now, userId === admin.id ? admin.sessionId : undefined);
}

/**
 * Signs the person out everywhere, ends their unused set-password link and
 * refuses further sign-ins; reports keep their name. Reactivated, they get a
 * new link from "reset password".
 */
export async function setUserActive(admin: SessionUser, userId: string, active: boolean) {
  if (userId === admin.id) throw new AppError("conflict", "You cannot deactivate yourself.", { _form: ["ownAccount"] });
  const now = new Date();
  return db.$transaction(async (tx) => {
    if (!active) await lockAdminRights(tx, admin);
    const updated = await tx.user.updateMany({
      where: { id: userId, active: !active },
      data: { active, deactivatedAt: active ? null : now },
    });
    if (updated.count === 0) {
      if (!(await tx.user.count({ where: { id: userId } }))) throw new AppError("not_found", "No such user.");
      return { userId, changed: false };
    }
    let revoked = 0;
    let released = 0;
    if (!active) {
      revoked = await revokeSessions(tx, admin, userId, now);
      await expirePasswordTokens(tx, userId, now);
      released = await releaseHeldReports(tx, admin.id, [userId]);
    }
    await recordAudit(tx, {
      actorId: admin.id,
      action: active ? "admin.user.reactivated" : "admin.user.deactivated",
      entityType: "User",
      entityId: userId,
      data: { revokedSessions: revoked, releasedReports: released },
    });
    return { userId, changed: true };
  });
}

/**
 * Clears the password (it may be known to someone else), ends every session
 * (an admin resetting their own keeps only the one in use) and issues a new
 * one-time link, which replaces any older link.
 */
export async function resetUserPassword(admin: SessionUser, userId: string) {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!user) throw new AppError("not_found", "No such user.");
    if (!user.active) throw new AppError("conflict", "Reactivate the account first.", { _form: ["inactive"] });
    await tx.user.update({ where: { id: userId }, data: { passwordHash: null } });
    const revoked = await revokeSessions(tx, admin, userId, now);
    const token = await issuePasswordToken(tx, userId, now);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "admin.user.password_reset",
      entityType: "User",
      entityId: userId,
      data: { revokedSessions: revoked },
    });
    return { userId, setPasswordPath: setPasswordPath(token) };
  });
}

export async function revokeUserSessions(admin: SessionUser, userId: string) {
  const now = new Date();
  return db.$transaction(async (tx) => {
    if (!(await tx.user.count({ where: { id: userId } }))) throw new AppError("not_found", "No such user.");
    const revoked = await revokeSessions(tx, admin, userId, now);
    await recordAudit(tx, {
      actorId: admin.id,
      action: "admin.user.sessions_revoked",
      entityType: "User",
      entityId: userId,
      data: { revokedSessions: revoked },
    });
    return { userId, revoked };
  });
}
