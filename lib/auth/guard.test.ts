import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Role } from "@/lib/generated/prisma/enums";
import { createLocation, createUser, sessionFor } from "@/test/factories";
import { assertCan } from "./guard";
import { PERMISSIONS, can, homePathFor, type Permission } from "./permissions";
import { loadSessionUser } from "./session";

const ROLES = ["EMPLOYEE", "SUPERVISOR", "HR", "ADMIN"] as const;

// The design's role → permission matrix, written out rather than read from
// PERMISSIONS, so that a change to the table fails here until it is meant
// (mirrors e2e/authz/expectations.ts, which checks the same over HTTP).
const EXPECTED: Record<(typeof ROLES)[number], string[]> = {
  EMPLOYEE: ["reports.file"],
  SUPERVISOR: ["reports.file", "reports.review", "appeals.resolve", "reports.export", "consequences.record", "dashboard.view"],
  HR: ["reports.readAll", "appeals.resolve", "reports.export", "consequences.record", "dashboard.view"],
  ADMIN: [
    "reports.review",
    "reports.readAll",
    "appeals.resolve",
    "reports.export",
    "consequences.record",
    "dashboard.view",
    "admin.users",
    "admin.locations",
    "admin.settings",
    "admin.audit",
  ],
};
// Every permission some role holds: a permission nobody holds fails below too.
const ALL_PERMISSIONS = [...new Set(Object.values(EXPECTED).flat())] as Permission[];

describe("the guard", () => {
  it("has exactly the roles and permissions of the design, each role the permissions written out above", () => {
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ALL_PERMISSIONS].sort());
    for (const role of ROLES) {
      const granted = ALL_PERMISSIONS.filter((permission) => can(role, permission));
      expect({ role, granted: granted.sort() }).toEqual({ role, granted: [...EXPECTED[role]].sort() });
    }
  });

  it.each(ROLES)("applies the permission table to %s", async (role) => {
    const location = await createLocation();
    const user = await createUser({ role, locations: [location.id] });
    const session = await sessionFor(user.id);
    for (const permission of ALL_PERMISSIONS) {
      if (EXPECTED[role].includes(permission)) expect(() => assertCan(session, permission), permission).not.toThrow();
      else expect(() => assertCan(session, permission), permission).toThrow(expect.objectContaining({ code: "forbidden" }));
    }
  });

  it("refuses a signed-out caller with unauthenticated", () => {
    expect(() => assertCan(null, "reports.file")).toThrow(AppError);
    expect(() => assertCan(null)).toThrow(expect.objectContaining({ code: "unauthenticated" }));
  });

  it("gives each role its landing page and the expected core permissions", () => {
    expect(homePathFor("EMPLOYEE")).toBe("/reports");
    expect(homePathFor("SUPERVISOR")).toBe("/review");
    expect(homePathFor("HR")).toBe("/hr");
    expect(homePathFor("ADMIN")).toBe("/admin/users");
    expect(can("EMPLOYEE", "reports.review")).toBe(false);
    expect(can("HR", "reports.review")).toBe(false);
    expect(can("SUPERVISOR", "admin.users")).toBe(false);
  });

  it("loads locations from the database on every request", async () => {
    const [a, b] = [await createLocation(), await createLocation()];
    const supervisor = await createUser({ role: "SUPERVISOR", locations: [a.id], supervises: [a.id, b.id] });
    const session = await sessionFor(supervisor.id);
    expect(session.memberLocationIds).toEqual([a.id]);
    expect(session.supervisedLocationIds.sort()).toEqual([a.id, b.id].sort());

    await db.supervisorAssignment.delete({ where: { userId_locationId: { userId: supervisor.id, locationId: b.id } } });
    await db.user.update({ where: { id: supervisor.id }, data: { role: "EMPLOYEE" } });
    const next = await loadSessionUser(session.sessionId);
    expect(next?.role).toBe("EMPLOYEE");
    expect(next?.supervisedLocationIds).toEqual([a.id]);
  });

  it("refuses a deactivated user on the next request even with a live session", async () => {
    const user = await createUser();
    const session = await sessionFor(user.id);
    expect(await loadSessionUser(session.sessionId)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser(session.sessionId)).toBeNull();
  });

  it("refuses a revoked (signed-out) session", async () => {
    const user = await createUser();
    const session = await sessionFor(user.id);
    await db.authSession.update({ where: { id: session.sessionId }, data: { revokedAt: new Date() } });
    expect(await loadSessionUser(session.sessionId)).toBeNull();
  });

  it("refuses a session id that is not one (never reaches the query as a bad uuid)", async () => {
    expect(await loadSessionUser("not-a-session")).toBeNull();
    expect(await loadSessionUser("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("ends an idle session and one past its absolute lifetime", async () => {
    const user = await createUser();
    const idle = await sessionFor(user.id);
    const later = new Date(Date.now() + 61 * 60_000);
    expect(await loadSessionUser(idle.sessionId, later)).toBeNull();
    const revoked = await db.authSession.findUniqueOrThrow({ where: { id: idle.sessionId } });
    expect(revoked.revokedAt).not.toBeNull();

    const old = await db.authSession.create({
      data: { userId: user.id, createdAt: new Date(Date.now() - 13 * 3_600_000), lastSeenAt: new Date() },
    });
    expect(await loadSessionUser(old.id)).toBeNull();
  });
});
