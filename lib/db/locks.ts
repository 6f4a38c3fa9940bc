import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLE_CHANGE_LOCK_KEY } from "./lock-keys";

/**
 * One change of role (or of an admin's rights) at a time, to the end of the
 * transaction. Taken first, before any row: an admin's edit and a role set by
 * SSO touch the same user and assignment rows in different orders, and would
 * otherwise deadlock.
 */
export async function lockRoleChanges(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`select pg_advisory_xact_lock(${ROLE_CHANGE_LOCK_KEY}::bigint)`;
}
