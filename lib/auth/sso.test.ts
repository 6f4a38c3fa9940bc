import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { lockRoleChanges } from "@/lib/db/locks";
import { parseEnv } from "@/lib/env-schema";
import { createLocation, createReport, createUser } from "@/test/factories";
import { oidcProvider, resolveInTransaction, resolveSsoUser, roleFromClaims, ssoEnabled } from "./sso";

const BASE = { DATABASE_URL: "postgresql://u:p@localhost:5432/db" };
const config = (overrides: Partial<Parameters<typeof resolveSsoUser>[1]> = {}) => ({
  OIDC_ROLE_CLAIM: undefined,
  OIDC_DEFAULT_ROLE: "EMPLOYEE" as const,
  OIDC_ALLOW_SIGNUP: true,
  OIDC_TRUST_EMAIL: false,
  ...overrides,
});
const claimsFor = (email: string, extra: Record<string, unknown> = {}) => ({ sub: `sub-${randomUUID()}`, email, email_verified: true, name: "Nowy Pracownik", ...extra });
const freshEmail = () => `sso-${randomUUID().slice(0, 8)}@test.example`;

describe("SSO configuration", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    const off = parseEnv(BASE);
    expect(ssoEnabled(off)).toBe(false);
    expect(oidcProvider(off)).toBeNull();
    expect(() => parseEnv({ ...BASE, OIDC_ISSUER: "http://127.0.0.1:3199" })).toThrow(/must be set together/);
    const on = parseEnv({ ...BASE, OIDC_ISSUER: "http://127.0.0.1:3199/", OIDC_CLIENT_ID: "desk", OIDC_CLIENT_SECRET: "s3cret", OIDC_ALLOW_SIGNUP: "true" });
    expect(on.OIDC_ALLOW_SIGNUP).toBe(true);
    expect(oidcProvider(on)).toMatchObject({ id: "oidc", wellKnown: "http://127.0.0.1:3199/.well-known/openid-configuration", clientId: "desk" });
  });

  it("maps the role claim, string or list, ignoring unknown values", () => {
    expect(roleFromClaims({ sub: "x", role: "Supervisor" }, "role")).toBe("SUPERVISOR");
    expect(roleFromClaims({ sub: "x", groups: ["staff", "hr"] }, "groups")).toBe("HR");
    expect(roleFromClaims({ sub: "x", role: "owner" }, "role")).toBeUndefined();
    expect(roleFromClaims({ sub: "x", role: "admin" }, undefined)).toBeUndefined();
  });
});

describe("SSO sign-in", () => {
  it("creates an account on first sign-in when allowed, with the default role, and finds it again by subject", async () => {
    const claims = claimsFor(freshEmail().toUpperCase());
    const first = await resolveSsoUser(claims, config());
    if (!first.ok) throw new Error(first.reason);
    const user = await db.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(user).toMatchObject({ email: claims.email.toLowerCase(), role: "EMPLOYEE", ssoSubject: claims.sub, passwordHash: null });
    expect(await db.auditEvent.count({ where: { action: "auth.sso.user_created", entityId: user.id } })).toBe(1);
    expect(await resolveSsoUser({ ...claims, email: "changed@test.example" }, config())).toEqual({ ok: true, userId: user.id });
  });

  it("gives two first sign-ins at once the same new account", async () => {
    const claims = claimsFor(freshEmail());
    const outcomes = await Promise.all([resolveSsoUser(claims, config()), resolveSsoUser(claims, config()), resolveSsoUser(claims, config())]);
    const [first] = outcomes;
    if (!first.ok) throw new Error(first.reason);
    expect(outcomes).toEqual([first, first, first]);
    expect(await db.user.count({ where: { email: claims.email } })).toBe(1);
  });

  it("refuses an unknown e-mail when sign-up is off", async () => {
    expect(await resolveSsoUser(claimsFor(freshEmail()), config({ OIDC_ALLOW_SIGNUP: false }))).toEqual({ ok: false, reason: "unknown" });
  });

  it("links an existing account by e-mail and follows the role claim", async () => {
    const existing = await createUser({ role: "EMPLOYEE" });
    const claims = claimsFor(existing.email, { refusal_desk_role: "supervisor" });
    const outcome = await resolveSsoUser(claims, config({ OIDC_ROLE_CLAIM: "refusal_desk_role", OIDC_ALLOW_SIGNUP: false }));
    expect(outcome).toEqual({ ok: true, userId: existing.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ ssoSubject: claims.sub, role: "SUPERVISOR" });
  });

  it("refuses a deactivated account, an unverified e-mail and another subject's account", async () => {
    const inactive = await createUser({ active: false });
    expect(await resolveSsoUser(claimsFor(inactive.email), config())).toEqual({ ok: false, reason: "inactive" });
    const other = await createUser();
    expect(await resolveSsoUser(claimsFor(other.email, { email_verified: false }), config())).toEqual({ ok: false, reason: "unverified" });
    await db.user.update({ where: { id: other.id }, data: { ssoSubject: `sub-${randomUUID()}` } });
    expect(await resolveSsoUser(claimsFor(other.email), config())).toEqual({ ok: false, reason: "conflict" });
    expect(await resolveSsoUser({ sub: `sub-${randomUUID()}` }, config())).toEqual({ ok: false, reason: "no_email" });
  });

  it("links or creates an account only for an e-mail the provider says it verified", async () => {
    const admin = await createUser({ role: "ADMIN" });
    // A provider that leaves the claim out (and may let its users pick their address) takes over nobody.
    const { email_verified: _left, ...unverified } = claimsFor(admin.email);
    expect(await resolveSsoUser(unverified, config())).toEqual({ ok: false, reason: "unverified" });
    expect(await resolveSsoUser(claimsFor(admin.email, { email_verified: "false" }), config())).toEqual({ ok: false, reason: "unverified" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).ssoSubject).toBeNull();
    const { email_verified: _none, ...newcomer } = claimsFor(freshEmail());
    expect(await resolveSsoUser(newcomer, config())).toEqual({ ok: false, reason: "unverified" });
    expect(await db.user.count({ where: { email: newcomer.email } })).toBe(0);
    // A provider trusted with its addresses (OIDC_TRUST_EMAIL) links without the claim, never against an explicit "no".
    expect(await resolveSsoUser(claimsFor(admin.email, { email_verified: false }), config({ OIDC_TRUST_EMAIL: true }))).toEqual({ ok: false, reason: "unverified" });
    const trusted = await createUser();
    const { email_verified: _absent, ...withoutClaim } = claimsFor(trusted.email);
    expect(await resolveSsoUser(withoutClaim, config({ OIDC_TRUST_EMAIL: true }))).toEqual({ ok: true, userId: trusted.id });
    // Some providers send the claim as a string.
    expect(await resolveSsoUser(claimsFor(admin.email, { email_verified: "true" }), config())).toEqual({ ok: true, userId: admin.id });
  });

  it("a role the provider takes away does what an admin's change does: assignments go, held reports go back", async () => {
    const [here, there] = [await createLocation(), await createLocation()];
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [here.id, there.id] });
    const reporter = await createUser({ locations: [here.id] });
    const held = await createReport(reporter.id, here.id, { status: "IN_REVIEW", assigneeId: supervisor.id, claimedAt: new Date() });
    const claims = claimsFor(supervisor.email, { refusal_desk_role: "employee" });
    const outcome = await resolveSsoUser(claims, config({ OIDC_ROLE_CLAIM: "refusal_desk_role" }));
    expect(outcome).toEqual({ ok: true, userId: supervisor.id });

    expect(await db.user.findUniqueOrThrow({ where: { id: supervisor.id } })).toMatchObject({ role: "EMPLOYEE" });
    expect(await db.supervisorAssignment.count({ where: { userId: supervisor.id } })).toBe(0);
    expect(await db.refusalReport.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: "SUBMITTED", assigneeId: null });
    const release = await db.auditEvent.findFirstOrThrow({ where: { reportId: held.id, action: "report.released" } });
    expect(release).toMatchObject({ actorId: supervisor.id, data: { holderId: supervisor.id, why: "holder_cannot_review" } });
    const synced = await db.auditEvent.findFirstOrThrow({ where: { entityId: supervisor.id, action: "auth.sso.linked" } });
    expect(synced.data).toMatchObject({ from: "SUPERVISOR", to: "EMPLOYEE", releasedReports: 1, linked: true });

    // Promoted again later, they start with no locations rather than the old ones.
    await resolveSsoUser({ ...claims, refusal_desk_role: "supervisor" }, config({ OIDC_ROLE_CLAIM: "refusal_desk_role" }));
    expect(await db.user.findUniqueOrThrow({ where: { id: supervisor.id }, include: { supervisions: true } })).toMatchObject({ role: "SUPERVISOR", supervisions: [] });
  });
  it("does not take the admin role from the last active admin; once another admin exists, it does", async () => {
    const admin = await createUser({ role: "ADMIN" });
    // Another admin of this test's own, so the last step does not depend on other files' admins.
    await createUser({ role: "ADMIN" });
    const claims = claimsFor(admin.email, { refusal_desk_role: "employee" });
    const roleClaim = config({ OIDC_ROLE_CLAIM: "refusal_desk_role" });
    // "The last admin" is company-wide, and other tests' admins share this
    // database: they are deactivated inside a transaction that is rolled back.
    const rolledBack = new Error("rolled back");
    await expect(
      db.$transaction(async (tx) => {
        // The role-change lock first, then the admins' rows: the order the services take them in.
        await lockRoleChanges(tx);
        const others = await tx.user.updateMany({ where: { role: "ADMIN", active: true, id: { not: admin.id } }, data: { active: false } });
        expect(others.count).toBeGreaterThan(0);
        expect(await resolveInTransaction(tx, claims, roleClaim)).toEqual({ ok: true, userId: admin.id });
        expect(await tx.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", ssoSubject: claims.sub });
        const kept = await tx.auditEvent.findFirstOrThrow({ where: { entityId: admin.id, action: "auth.sso.role_kept" } });
        expect(kept).toMatchObject({ actorId: admin.id, data: { role: "ADMIN", claimed: "EMPLOYEE", why: "last_admin" } });
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);

    // With the other admins active, the same sign-in takes the provider's role.
    expect(await resolveSsoUser(claims, roleClaim)).toEqual({ ok: true, userId: admin.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "EMPLOYEE" });
    expect(await db.auditEvent.count({ where: { entityId: admin.id, action: "auth.sso.role_kept" } })).toBe(0);
  });
});
