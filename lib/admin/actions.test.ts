import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { archiveLocationAction, createLocationAction, renameLocationAction, setLocationSupervisorsAction } from "./location-actions";
import { updateSettingsAction } from "./settings-actions";
import { setUserActive, updateUser } from "./users";
import { findValidToken } from "@/lib/auth/password-token";
import {
  createUserAction,
  deactivateUserAction,
  reactivateUserAction,
  resetPasswordAction,
  revokeSessionsAction,
  updateUserAction,
} from "./user-actions";

// The actions run for real (guard, zod, service, database); only "who is
// calling" is chosen by the test, by pointing the session lookup at a row.
let currentSessionId: string | null = null;
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...original, getSessionUser: () => (currentSessionId ? original.loadSessionUser(currentSessionId) : Promise.resolve(null)) };
});

function actAs(user: SessionUser | null) {
  currentSessionId = user?.sessionId ?? null;
}

afterEach(() => actAs(null));

async function adminSession() {
  return sessionFor((await createUser({ role: "ADMIN" })).id);
}

const auditCount = (action: string, entityId: string) => db.auditEvent.count({ where: { action, entityId } });

describe("admin actions", () => {
  let target: Awaited<ReturnType<typeof createUser>>;
  let location: Awaited<ReturnType<typeof createLocation>>;
  beforeEach(async () => {
    location = await createLocation();
    target = await createUser({ role: "EMPLOYEE", locations: [location.id] });
  });

  it.each(["EMPLOYEE", "SUPERVISOR", "HR"] as const)("refuses every admin action to %s and changes nothing", async (role) => {
    actAs(await sessionFor((await createUser({ role, locations: [location.id], supervises: [location.id] })).id));
    const supervisor = await createUser({ role: "SUPERVISOR" });
    const userId = target.id;
    const calls = [
      createUserAction({ name: "X", email: `x-${role}@test.example`, role: "ADMIN", locationIds: [], supervisedLocationIds: [] }),
      updateUserAction({ userId, name: "Renamed", role: "ADMIN", locationIds: [], supervisedLocationIds: [] }),
      deactivateUserAction({ userId }),
      reactivateUserAction({ userId }),
      resetPasswordAction({ userId }),
      revokeSessionsAction({ userId }),
      createLocationAction({ code: `Z-${role}`, name: "Nope" }),
      renameLocationAction({ locationId: location.id, name: "Nope" }),
      archiveLocationAction({ locationId: location.id, archived: true }),
      setLocationSupervisorsAction({ locationId: location.id, supervisorIds: [supervisor.id] }),
      updateSettingsAction({ reviewDeadlineHours: 1, retentionMonths: 1 }),
    ];
    for (const result of await Promise.all(calls)) expect(result).toMatchObject({ ok: false, code: "forbidden" });
    const after = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(after).toMatchObject({ name: target.name, role: "EMPLOYEE", active: true });
    expect(await db.location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ name: location.name, archivedAt: null });
    expect(await db.user.count({ where: { email: `x-${role}@test.example` } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: { in: [userId, location.id] } } })).toBe(0);
  });

  it("refuses a signed-out caller", async () => {
    expect(await deactivateUserAction({ userId: target.id })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("creates a user with a one-time link and records it", async () => {
    const admin = await adminSession();
    actAs(admin);
    const email = `new-${target.id.slice(0, 8)}@test.example`;
    const result = await createUserAction({
      name: "Nowa Kierowniczka",
      email: email.toUpperCase(),
      role: "SUPERVISOR",
      locationIds: [location.id],
      supervisedLocationIds: [location.id],
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.setPasswordPath).toMatch(/^\/set-password\/[\w-]{43}$/);
    const created = await db.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: true, supervisions: true, passwordTokens: true },
    });
    expect(created).toMatchObject({ role: "SUPERVISOR", passwordHash: null });
    expect(created.memberships.map((m) => m.locationId)).toEqual([location.id]);
    expect(created.supervisions.map((s) => s.locationId)).toEqual([location.id]);
    expect(created.passwordTokens).toHaveLength(1);
    // Only the hash is stored, never the token in the link.
    expect(created.passwordTokens[0].tokenHash).not.toContain(result.data.setPasswordPath.split("/").pop());
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "admin.user.created", entityId: created.id } });
    expect(event.actorId).toBe(admin.id);

    const duplicate = await createUserAction({ name: "Again", email, role: "EMPLOYEE", locationIds: [location.id], supervisedLocationIds: [] });
    expect(duplicate).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: ["emailTaken"] } });
    // An employee with nowhere to file is refused, beside the locations; nothing is created.
    const nowhere = await createUserAction({ name: "Bez placówki", email: `nowhere-${email}`, role: "EMPLOYEE", locationIds: [], supervisedLocationIds: [] });
    expect(nowhere).toMatchObject({ ok: false, code: "validation", fieldErrors: { locationIds: ["employeeLocationRequired"] } });
    expect(await db.user.count({ where: { email: `nowhere-${email}` } })).toBe(0);
    const toEmployee = await updateUserAction({ userId: created.id, name: created.name, role: "EMPLOYEE", locationIds: [], supervisedLocationIds: [] });
    expect(toEmployee).toMatchObject({ ok: false, code: "validation", fieldErrors: { locationIds: ["employeeLocationRequired"] } });
    // Nor a supervisor with no location to review: their queue would be empty for good.
    const toSupervisor = await updateUserAction({ userId: created.id, name: created.name, role: "SUPERVISOR", locationIds: [location.id], supervisedLocationIds: [] });
    expect(toSupervisor).toMatchObject({ ok: false, code: "validation", fieldErrors: { supervisedLocationIds: ["supervisorLocationRequired"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe(created.role);
    expect(await db.supervisorAssignment.count({ where: { userId: created.id } })).toBeGreaterThan(0);

    // Deactivated before using the link: reactivation must not bring the old link back.
    const token = result.data.setPasswordPath.split("/").pop()!;
    expect(await findValidToken(token)).not.toBeNull();
    expect((await deactivateUserAction({ userId: created.id })).ok).toBe(true);
    expect((await reactivateUserAction({ userId: created.id })).ok).toBe(true);
    expect(await findValidToken(token)).toBeNull();
  });

  it("rejects invalid input with field errors and unknown keys", async () => {
    actAs(await adminSession());
    const result = await createUserAction({ name: "", email: "nope", role: "ADMIN", locationIds: [], supervisedLocationIds: [] });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { name: ["nameRequired"], email: ["emailInvalid"] } });
    const extra = await deactivateUserAction({ userId: target.id, active: true });
    expect(extra).toMatchObject({ ok: false, code: "validation" });
  });

  it("applies a role change and deactivation on the next guarded call of an old session", async () => {
    const other = await createLocation();
    const supervisor = await createUser({ role: "SUPERVISOR", locations: [location.id], supervises: [location.id, other.id] });
    const old = await sessionFor(supervisor.id);
    actAs(await adminSession());

    const changed = await updateUserAction({ userId: supervisor.id, name: supervisor.name, role: "EMPLOYEE", locationIds: [other.id], supervisedLocationIds: [other.id] });
    expect(changed.ok).toBe(true);
    const next = await loadSessionUser(old.sessionId);
    expect(next).toMatchObject({ role: "EMPLOYEE", memberLocationIds: [other.id], supervisedLocationIds: [] });
    expect(await auditCount("admin.user.updated", supervisor.id)).toBe(1);

    expect((await deactivateUserAction({ userId: supervisor.id })).ok).toBe(true);
    expect(await loadSessionUser(old.sessionId)).toBeNull();
    const revoked = await db.authSession.findUniqueOrThrow({ where: { id: old.sessionId } });
    expect(revoked.revokedAt).not.toBeNull();
    // Their own next action is refused as well.
    actAs(old);
    expect(await deactivateUserAction({ userId: target.id })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("writes an audit event for each user change", async () => {
    const admin = await adminSession();
    actAs(admin);
    const live = await sessionFor(target.id);
    expect(await revokeSessionsAction({ userId: target.id })).toMatchObject({ ok: true, data: { revoked: 1 } });
    expect(await loadSessionUser(live.sessionId)).toBeNull();
    expect((await deactivateUserAction({ userId: target.id })).ok).toBe(true);
    // A second deactivation changes nothing and records nothing.
    expect(await deactivateUserAction({ userId: target.id })).toMatchObject({ ok: true, data: { changed: false } });
    expect((await reactivateUserAction({ userId: target.id })).ok).toBe(true);
    const reset = await resetPasswordAction({ userId: target.id });
    expect(reset).toMatchObject({ ok: true, data: { setPasswordPath: expect.stringMatching(/^\/set-password\//) } });
    for (const action of ["sessions_revoked", "deactivated", "reactivated", "password_reset"]) {
      expect(await auditCount(`admin.user.${action}`, target.id), action).toBe(1);
    }
    const events = await db.auditEvent.findMany({ where: { entityId: target.id } });
    expect(events.every((e) => e.actorId === admin.id)).toBe(true);
  });

  it("ends every other session of an admin who resets their own password, and keeps the one in use", async () => {
    const admin = await adminSession();
    const elsewhere = await sessionFor(admin.id);
    actAs(admin);
    expect((await resetPasswordAction({ userId: admin.id })).ok).toBe(true);
    // Someone who knew the old password and signed in with it is out at once, not when the new link is used.
    expect(await loadSessionUser(elsewhere.sessionId)).toBeNull();
    expect(await loadSessionUser(admin.sessionId)).toMatchObject({ id: admin.id });
  });

  it("gives back to the queue the reports a person holds but may no longer decide", async () => {
    const admin = await adminSession();
    actAs(admin);
    const other = await createLocation();
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id, other.id] });
    const held = (locationId: string) => createReport(target.id, locationId, { status: "IN_REVIEW", assigneeId: supervisor.id, claimedAt: new Date() });
    const [here, there] = [await held(location.id), await held(other.id)];
    const stateOf = async (id: string) => db.refusalReport.findUniqueOrThrow({ where: { id }, select: { status: true, assigneeId: true } });

    // Taken off one location: that location's report goes back, the other stays theirs.
    expect((await updateUserAction({ userId: supervisor.id, name: supervisor.name, role: "SUPERVISOR", locationIds: [], supervisedLocationIds: [other.id] })).ok).toBe(true);
    expect(await stateOf(here.id)).toEqual({ status: "SUBMITTED", assigneeId: null });
    expect(await stateOf(there.id)).toEqual({ status: "IN_REVIEW", assigneeId: supervisor.id });
    const release = await db.auditEvent.findFirstOrThrow({ where: { reportId: here.id, action: "report.released" } });
    expect(release).toMatchObject({ actorId: admin.id, fromStatus: "IN_REVIEW", toStatus: "SUBMITTED", data: { holderId: supervisor.id } });

    // Deactivated: the rest goes back too.
    expect((await deactivateUserAction({ userId: supervisor.id })).ok).toBe(true);
    expect(await stateOf(there.id)).toEqual({ status: "SUBMITTED", assigneeId: null });
  });

  it("will not let an admin lock themselves out", async () => {
    const admin = await adminSession();
    actAs(admin);
    expect(await deactivateUserAction({ userId: admin.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await updateUserAction({ userId: admin.id, name: "Me", role: "HR", locationIds: [], supervisedLocationIds: [] })).toMatchObject({
      ok: false,
      fieldErrors: { role: ["ownRole"] },
    });
  });

  it("does not let two admins take each other's rights away at the same moment", async () => {
    // Each may not deactivate or demote themselves; both checks passed before
    // either change was made, so both changes went through and neither was
    // left an admin. The services are called directly: the two calls must
    // run at once, each as its own admin.
    for (let round = 0; round < 4; round++) {
      const [a, b] = [await adminSession(), await adminSession()];
      const both = round % 2 === 0
        ? [setUserActive(a, b.id, false), setUserActive(b, a.id, false)]
        : [
            updateUser(a, { userId: b.id, name: b.name, role: "HR", locationIds: [], supervisedLocationIds: [] }),
            updateUser(b, { userId: a.id, name: a.name, role: "HR", locationIds: [], supervisedLocationIds: [] }),
          ];
      const outcomes = await Promise.allSettled(both);
      const refused = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ reason: { code: "forbidden", fieldErrors: { _form: ["noLongerAdmin"] } } });
      const stillAdmins = await db.user.count({ where: { id: { in: [a.id, b.id] }, active: true, role: "ADMIN" } });
      expect(stillAdmins).toBe(1);
    }
  });

  it("manages locations and their supervisors, recording each change", async () => {
    const admin = await adminSession();
    actAs(admin);
    const code = `L-${target.id.slice(0, 6)}`.toUpperCase();
    const created = await createLocationAction({ code: code.toLowerCase(), name: "Poznań – Półwiejska 2" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.locationId;
    expect(await db.location.findUniqueOrThrow({ where: { id } })).toMatchObject({ code, name: "Poznań – Półwiejska 2" });
    expect(await createLocationAction({ code, name: "Dup" })).toMatchObject({ ok: false, fieldErrors: { code: ["codeTaken"] } });

    expect((await renameLocationAction({ locationId: id, name: "Poznań – Stary Browar" })).ok).toBe(true);
    const [a, b] = [await createUser({ role: "SUPERVISOR" }), await createUser({ role: "SUPERVISOR" })];
    expect((await setLocationSupervisorsAction({ locationId: id, supervisorIds: [a.id, b.id] })).ok).toBe(true);
    expect((await setLocationSupervisorsAction({ locationId: id, supervisorIds: [b.id] })).ok).toBe(true);
    const assigned = await db.supervisorAssignment.findMany({ where: { locationId: id } });
    expect(assigned.map((row) => row.userId)).toEqual([b.id]);
    // An employee cannot be made a reviewer.
    expect(await setLocationSupervisorsAction({ locationId: id, supervisorIds: [target.id] })).toMatchObject({ ok: false, code: "validation" });
    expect((await archiveLocationAction({ locationId: id, archived: true })).ok).toBe(true);
    expect((await db.location.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    expect((await archiveLocationAction({ locationId: id, archived: false })).ok).toBe(true);

    const actions = (await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual([
      "admin.location.created",
      "admin.location.renamed",
      "admin.location.supervisors_set",
      "admin.location.supervisors_set",
      "admin.location.archived",
      "admin.location.restored",
    ]);
  });

  it("updates the organisation settings with an audit event", async () => {
    const admin = await adminSession();
    actAs(admin);
    // A singleton other tests may read: put it back straight after, whatever
    // fails here (directly, so that the restore does not depend on the action).
    const original = await db.orgSettings.findUniqueOrThrow({ where: { id: 1 } });
    try {
      expect(await updateSettingsAction({ reviewDeadlineHours: "0", retentionMonths: 12 })).toMatchObject({
        ok: false,
        fieldErrors: { reviewDeadlineHours: ["deadlineRange"] },
      });
      expect(await updateSettingsAction({ reviewDeadlineHours: "72", retentionMonths: 18 })).toMatchObject({
        ok: true,
        data: { reviewDeadlineHours: 72, retentionMonths: 18 },
      });
      expect(await db.orgSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ reviewDeadlineHours: 72, retentionMonths: 18 });
      // The refused change wrote no event, the accepted one exactly one, with what it changed.
      const events = await db.auditEvent.findMany({ where: { action: "admin.settings.updated", actorId: admin.id } });
      expect(events.map((event) => event.data)).toEqual([
        {
          before: { reviewDeadlineHours: original.reviewDeadlineHours, retentionMonths: original.retentionMonths },
          after: { reviewDeadlineHours: 72, retentionMonths: 18 },
        },
      ]);
    } finally {
      await db.orgSettings.update({
        where: { id: 1 },
        data: { reviewDeadlineHours: original.reviewDeadlineHours, retentionMonths: original.retentionMonths },
      });
    }
  });
});
