import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";
import { endSessions } from "./session";
import { PASSWORD_TOKEN_TTL_HOURS, checkPassword } from "./password-policy";

// One-time set-password links. Only a SHA-256 of the token is stored (the token
// has 256 bits of entropy, so a slow hash adds nothing); a link works once,
// until it expires, and a newer link replaces every older one.
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function setPasswordPath(token: string): string {
  return `/set-password/${token}`;
}

/** Ends the person's unused links: a new one replaces them; a deactivation must not leave one to revive on reactivation. */
export async function expirePasswordTokens(tx: Prisma.TransactionClient, userId: string, now = new Date()) {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
}

/** Issues a fresh link for `userId` inside the caller's transaction; returns the raw token. */
export async function issuePasswordToken(tx: Prisma.TransactionClient, userId: string, now = new Date()): Promise<string> {
  await expirePasswordTokens(tx, userId, now);
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_TOKEN_TTL_HOURS * 3_600_000) },
  });
  return token;
}

/** The person a still-valid token belongs to (for the set-password page), or null. */
export async function findValidToken(token: string, now = new Date()) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const record = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, active: true } } },
  });
  if (!record || record.usedAt || record.expiresAt <= now || !record.user.active) return null;
  return { tokenId: record.id, user: record.user };
}

/**
 * Sets the password through a one-time link. The token is marked used with a
 * conditional update, so two submissions of the same link cannot both win;
 * every existing session of the person ends.
 */
export async function setPasswordWithToken(token: string, password: string, now = new Date()) {
  const found = await findValidToken(token, now);
  if (!found) throw new AppError("not_found", "This link is invalid, used or expired.");
  const problem = checkPassword(password, { email: found.user.email });
  if (problem) throw new AppError("validation", "Password rejected.", { password: [problem] });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Checked again at the time of the claim, not of the request: hashing takes
    // a while, and a reset or deactivation in between ends the link by setting
    // its expiry to that moment, which a time taken before would still pass.
    // The user row first, then the token: the order a reset or a deactivation
    // takes them in, so a claim racing one waits instead of deadlocking.
    await tx.$queryRaw`select 1 from "User" where "id" = ${found.user.id}::uuid for no key update`;
    const at = new Date(Math.max(now.getTime(), Date.now()));
    const claimed = await tx.passwordToken.updateMany({
      where: { id: found.tokenId, usedAt: null, expiresAt: { gt: at }, user: { active: true } },
      data: { usedAt: at },
    });
    if (claimed.count !== 1) throw new AppError("not_found", "This link is invalid, used or expired.");
    await tx.user.update({
      where: { id: found.user.id },
      data: { passwordHash },
    });
    await endSessions(tx, found.user.id, now);
    await recordAudit(tx, { actorId: found.user.id, action: "auth.password.set", entityType: "User", entityId: found.user.id });
  });
  return { email: found.user.email };
}
