import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { lockRoleChanges } from "@/lib/db/locks";
import type { Env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { applyReviewerChange } from "@/lib/admin/held-reports";

// Single sign-on with any OpenID Connect provider, configured by OIDC_* env
// variables. People are matched to accounts by subject, then by e-mail; a new
// e-mail gets an account only when OIDC_ALLOW_SIGNUP is on.

export const SSO_PROVIDER_ID = "oidc";

export interface OidcClaims {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
  [claim: string]: unknown;
}

export type SsoConfig = Pick<Env, "OIDC_ROLE_CLAIM" | "OIDC_DEFAULT_ROLE" | "OIDC_ALLOW_SIGNUP" | "OIDC_TRUST_EMAIL">;

export function ssoEnabled(config: Env): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}

export function oidcProvider(config: Env): OAuthConfig<OidcClaims> | null {
  if (!ssoEnabled(config)) return null;
  const issuer = config.OIDC_ISSUER!.replace(/\/$/, "");
  return {
    id: SSO_PROVIDER_ID,
    name: config.OIDC_NAME ?? "SSO",
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? claims.email ?? claims.sub }),
  };
}

const ROLES: Record<string, Role> = { employee: "EMPLOYEE", supervisor: "SUPERVISOR", hr: "HR", admin: "ADMIN" };

/** The role named by the configured claim (a string or the first known one of a list), if any. */
export function roleFromClaims(claims: OidcClaims, claimName: string | undefined): Role | undefined {
  if (!claimName) return undefined;
  const value = claims[claimName];
  const values = Array.isArray(value) ? value : [value];
  for (const candidate of values) {
    if (typeof candidate === "string" && ROLES[candidate.trim().toLowerCase()]) return ROLES[candidate.trim().toLowerCase()];
  }
  return undefined;
}

/**
 * `email_verified` as providers send it (a boolean, or by some a string); with
 * OIDC_TRUST_EMAIL, a provider that sends no such claim is taken at its word.
 * An explicit "not verified" is refused either way.
 */
function emailVerified(claims: OidcClaims, config: SsoConfig): boolean {
  const verified: unknown = claims.email_verified;
  if (verified === undefined) return config.OIDC_TRUST_EMAIL;
  return verified === true || verified === "true";
}

export type SsoOutcome = { ok: true; userId: string } | { ok: false; reason: "no_email" | "unverified" | "inactive" | "unknown" | "conflict" };

/**
 * Finds or creates the account for a verified SSO sign-in. An existing account
 * is linked to the subject on first use; with a role claim configured, the
 * role follows the identity provider on every sign-in.
 */
export async function resolveSsoUser(claims: OidcClaims, config: SsoConfig): Promise<SsoOutcome> {
  try {
    return await resolveOnce(claims, config);
  } catch (error) {
    // Two first sign-ins at once (two tabs, a double click): the other one
    // created or linked the account a moment ago, so this one finds it.
    if (isUniqueViolation(error)) return resolveOnce(claims, config);
    throw error;
  }
}

function resolveOnce(claims: OidcClaims, config: SsoConfig): Promise<SsoOutcome> {
  return db.$transaction((tx) => resolveInTransaction(tx, claims, config));
}

/** The sign-in's reads and writes, in the caller's transaction (a test can roll it back). */
export async function resolveInTransaction(tx: Prisma.TransactionClient, claims: OidcClaims, config: SsoConfig): Promise<SsoOutcome> {
  const email = claims.email?.trim().toLowerCase();
  const claimedRole = roleFromClaims(claims, config.OIDC_ROLE_CLAIM);
  let user = await tx.user.findUnique({ where: { ssoSubject: claims.sub }, select: { id: true, active: true, role: true, ssoSubject: true } });
  if (!user) {
    if (!email) return { ok: false, reason: "no_email" } as const;
    // Matching an existing account by e-mail, or creating one, needs an address
    // the provider vouches for. A missing claim is not a yes: some providers
    // leave it out and let their users choose their e-mail address, which
    // would let anyone sign in as the admin whose address they typed.
    if (!emailVerified(claims, config)) return { ok: false, reason: "unverified" } as const;
    user = await tx.user.findUnique({ where: { email }, select: { id: true, active: true, role: true, ssoSubject: true } });
    if (user?.ssoSubject && user.ssoSubject !== claims.sub) return { ok: false, reason: "conflict" } as const;
  }
  if (!user) {
    if (!config.OIDC_ALLOW_SIGNUP) return { ok: false, reason: "unknown" } as const;
    const role = claimedRole ?? config.OIDC_DEFAULT_ROLE;
    const created = await tx.user.create({
      data: { email: email!, name: (claims.name ?? claims.preferred_username ?? email!).slice(0, 120), role, ssoSubject: claims.sub },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: created.id, action: "auth.sso.user_created", entityType: "User", entityId: created.id, data: { email: email!, role } });
    return { ok: true, userId: created.id } as const;
  }
  if (!user.active) return { ok: false, reason: "inactive" } as const;
  const changes: { ssoSubject?: string; role?: Role } = {};
  if (!user.ssoSubject) changes.ssoSubject = claims.sub;
  if (claimedRole && claimedRole !== user.role) {
    // In turn with an admin's edit of the same person (and with other
    // sign-ins changing roles); their role as it is now, after any such edit.
    await lockRoleChanges(tx);
    const { role } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } });
    user = { ...user, role };
    if (claimedRole !== role) {
      // The company always keeps one active admin, whoever changes roles: an
      // admin cannot demote or deactivate themselves, and the provider cannot
      // demote the last one. They stay admin, audited, until another admin
      // exists; their next sign-in then takes the role the provider names.
      if (role === "ADMIN" && !(await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: user.id } } }))) {
        await recordAudit(tx, {
          actorId: user.id,
          action: "auth.sso.role_kept",
          entityType: "User",
          entityId: user.id,
          data: { role, claimed: claimedRole, why: "last_admin" },
        });
      } else {
        changes.role = claimedRole;
      }
    }
  }
  if (changes.ssoSubject || changes.role) {
    // What an admin's change of role does (applyReviewerChange), audited as
    // the person's own. Supervisor assignments go with the supervisor role,
    // or a later promotion would bring back old locations unseen.
    let released = 0;
    if (changes.role) {
      const kept = changes.role === "SUPERVISOR" ? await tx.supervisorAssignment.findMany({ where: { userId: user.id }, select: { locationId: true } }) : [];
      released = await applyReviewerChange(tx, user.id, user.id, { role: changes.role, supervisedLocationIds: kept.map((a) => a.locationId), data: changes });
    } else {
      await tx.user.update({ where: { id: user.id }, data: changes });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: changes.ssoSubject ? "auth.sso.linked" : "auth.sso.role_synced",
      entityType: "User",
      entityId: user.id,
      data: { ...(changes.role ? { from: user.role, to: changes.role, releasedReports: released } : {}), linked: Boolean(changes.ssoSubject) },
    });
  }
  return { ok: true, userId: user.id } as const;
}
