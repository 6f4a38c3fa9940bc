import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  locale: string | null;
  /** Locations where the person works and may file reports. */
  memberLocationIds: string[];
  /** Locations whose reports the person reviews (supervisors). */
  supervisedLocationIds: string[];
}

const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * The signed-in person, re-read from the database on every request: a revoked,
 * expired or idle session, or a deactivated account, gives null.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const sessionId = session?.sid;
  if (!sessionId) return null;
  return loadSessionUser(sessionId);
});

export async function loadSessionUser(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const config = env();
  const record = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          locale: true,
          active: true,
          memberships: { select: { locationId: true } },
          supervisions: { select: { locationId: true } },
        },
      },
    },
  });
  if (!record || record.revokedAt || !record.user.active) return null;
  const age = now.getTime() - record.createdAt.getTime();
  const idle = now.getTime() - record.lastSeenAt.getTime();
  if (age > config.SESSION_MAX_AGE_HOURS * 3_600_000 || idle > config.SESSION_IDLE_MINUTES * 60_000) {
    await db.authSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (idle > LAST_SEEN_RESOLUTION_MS) {
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { user } = record;
  return {
    id: user.id,
    sessionId,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    memberLocationIds: user.memberships.map((m) => m.locationId),
    supervisedLocationIds: user.supervisions.map((s) => s.locationId),
  };
}
