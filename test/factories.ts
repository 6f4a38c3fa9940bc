// Test factories: each call makes fresh, uniquely named rows, so tests can run
// in parallel against one database without seeing each other's data.
import { randomUUID } from "node:crypto";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

const unique = () => randomUUID().slice(0, 8);

export function createLocation(name = `Test location ${unique()}`) {
  return db.location.create({ data: { code: `T-${unique()}`, name } });
}

export async function createUser(options: {
  role?: Role;
  locations?: string[];
  supervises?: string[];
  active?: boolean;
  passwordHash?: string | null;
  name?: string;
} = {}) {
  const id = unique();
  return db.user.create({
    data: {
      email: `user-${id}@test.example`,
      name: options.name ?? `Test User ${id}`,
      role: options.role ?? "EMPLOYEE",
      active: options.active ?? true,
      passwordHash: options.passwordHash ?? null,
      memberships: { create: (options.locations ?? []).map((locationId) => ({ locationId })) },
      supervisions: { create: (options.supervises ?? []).map((locationId) => ({ locationId })) },
    },
  });
}

/** A signed-in session for `userId`, as the guard would resolve it. */
export async function sessionFor(userId: string): Promise<SessionUser> {
  const session = await db.authSession.create({ data: { userId } });
  const user = await loadSessionUser(session.id);
  if (!user) throw new Error("sessionFor: user cannot sign in (inactive?)");
  return user;
}

let sequence = 0;
export async function createReport(
  reporterId: string,
  locationId: string,
  overrides: Partial<Prisma.RefusalReportUncheckedCreateInput> = {},
) {
  sequence += 1;
  const key = randomUUID();
  return db.refusalReport.create({
    data: {
      number: `T-${key.slice(0, 13)}-${sequence}`,
      idempotencyKey: key,
      reporterId,
      locationId,
      occurredAt: new Date(),
      category: "AGGRESSIVE_BEHAVIOUR",
      aggressionKinds: ["SWEARING"],
      narrative: "Klient krzyczał i używał wulgaryzmów przy kasie.",
      customerRequest: "Zwrot towaru bez paragonu.",
      reasonsExplained: true,
      alternativeOffered: false,
      ...overrides,
    },
  });
}
