import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { prepared } from "@/lib/db/prepared";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { isHttpsUrl, sessionCookieName } from "./cookies";

export interface SessionUser {
  id: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  locale: string | null;
  /** Open (not archived) locations where the person works: where they may file reports. */
  memberLocationIds: string[];
  /** Locations whose reports the person reviews (supervisors). */
  supervisedLocationIds: string[];
}

const LAST_SEEN_RESOLUTION_MS = 60_000;
const sessionIdSchema = z.uuid();

interface SessionRow {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: string | null;
  active: boolean;
  memberLocationIds: string[];
  supervisedLocationIds: string[];
}

/**
 * The signed-in person, re-read from the database on every request: a revoked,
 * expired or idle session, or a deactivated account, gives null.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  return loadSessionUser(sessionId);
});

/**
 * The session id in the cookie next-auth wrote at sign-in, or null when there
 * is none or it does not decrypt (tampered, another secret, past its expiry).
 * Read with next-auth's own `decode`, not getServerSession: that also builds
 * next-auth's whole handler, re-encrypts the token and sets the cookie again
 * on every request, ~1 ms of the server's one thread each time (benchmark
 * P1), to slide an expiry that the session row's own limits (age, idle time,
 * revocation, checked below) decide anyway. The token holds a few short
 * claims, far from the 4 kB at which next-auth would split the cookie.
 */
async function sessionIdFromCookie(): Promise<string | null> {
  const config = env();
  const token = (await cookies()).get(sessionCookieName(isHttpsUrl(config.NEXTAUTH_URL)))?.value;
  // No secret, no session: production refuses to start without one, and
  // `npm start`, `npm run dev` and the tests always set one.
  if (!token || !config.NEXTAUTH_SECRET) return null;
  const payload = await decode({ token, secret: config.NEXTAUTH_SECRET }).catch(() => null);
  return typeof payload?.sid === "string" ? payload.sid : null;
}

/**
 * The session with its person and locations. One round trip: every page,
 * action and API call starts here, and four (session, person, memberships,
 * supervisions) were most of a filing's wait. Prepared: planning it took
 * ~0.3 ms of the database's CPU, running it 0.04 ms.
 */
export const sessionRowStatement = (sessionId: string) => prepared(Prisma.sql`
  SELECT s."createdAt", s."lastSeenAt", s."revokedAt",
    u."id", u."name", u."email", u."role"::text AS "role", u."locale", u."active",
    ARRAY(
      SELECT m."locationId"::text FROM "UserLocation" m JOIN "Location" l ON l."id" = m."locationId"
      WHERE m."userId" = u."id" AND l."archivedAt" IS NULL
    ) AS "memberLocationIds",
    ARRAY(SELECT a."locationId"::text FROM "SupervisorAssignment" a WHERE a."userId" = u."id") AS "supervisedLocationIds"
  FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."id" = ${sessionId}::uuid`);

export async function loadSessionUser(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const config = env();
  if (!sessionIdSchema.safeParse(sessionId).success) return null;
  const [record] = await db.$queryRaw<SessionRow[]>(sessionRowStatement(sessionId));
  if (!record || record.revokedAt || !record.active) return null;
  const age = now.getTime() - record.createdAt.getTime();
  const idle = now.getTime() - record.lastSeenAt.getTime();
  if (age > config.SESSION_MAX_AGE_HOURS * 3_600_000 || idle > config.SESSION_IDLE_MINUTES * 60_000) {
    await db.authSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (idle > LAST_SEEN_RESOLUTION_MS) {
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return {
    id: record.id,
    sessionId,
    name: record.name,
    email: record.email,
    role: record.role,
    locale: record.locale,
    memberLocationIds: record.memberLocationIds,
    supervisedLocationIds: record.supervisedLocationIds,
  };
}

/** Ends every open session of the person but `keep` (the one in use, when they act on their own account). */
export async function endSessions(tx: Prisma.TransactionClient, userId: string, now: Date, keep?: string) {
  const { count } = await tx.authSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
