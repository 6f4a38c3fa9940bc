import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

export type { SessionUser };

/** Throws the expected error when `user` may not use `permission`. */
export function assertCan(user: SessionUser | null, permission?: Permission): asserts user is SessionUser {
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.");
  if (permission && !can(user.role, permission)) throw new AppError("forbidden", "Not allowed for your role.");
}

/**
 * The guard for pages: signed-out visitors go to sign-in (and come back after),
 * a person without the permission gets the 403 page.
 */
export async function requireUser(permission?: Permission): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = (await headers()).get("x-request-path") ?? "/";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (permission && !can(user.role, permission)) forbidden();
  return user;
}

/** The guard for services called by Server Actions and route handlers. */
export async function requireActor(permission?: Permission): Promise<SessionUser> {
  const user = await getSessionUser();
  assertCan(user, permission);
  return user;
}
