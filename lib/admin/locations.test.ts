import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { listSupervisors, setLocationSupervisors } from "./locations";
import { setUserActive } from "./users";

const assignedTo = async (locationId: string) =>
  (await db.supervisorAssignment.findMany({ where: { locationId }, select: { userId: true } })).map((row) => row.userId).sort();

async function twoReviewersOneDeactivated() {
  const admin = await sessionFor((await createUser({ role: "ADMIN" })).id);
  const location = await createLocation();
  const kept = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  const gone = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  await setUserActive(admin, gone.id, false);
  return { admin, location, kept, gone };
}

describe("location reviewers", () => {
  it("save after a supervisor is deactivated, dropping the assignment the form no longer shows", async () => {
    const { admin, location, kept, gone } = await twoReviewersOneDeactivated();
    expect((await listSupervisors()).map((s) => s.id)).not.toContain(gone.id);

    await setLocationSupervisors(admin, { locationId: location.id, supervisorIds: [kept.id] });
    expect(await assignedTo(location.id)).toEqual([kept.id]);
  });

  it("drop a stale form's id of a since-deactivated reviewer instead of failing, and still refuse anyone else", async () => {
    const { admin, location, kept, gone } = await twoReviewersOneDeactivated();
    await setLocationSupervisors(admin, { locationId: location.id, supervisorIds: [kept.id, gone.id] });
    expect(await assignedTo(location.id)).toEqual([kept.id]);

    const inactive = await createUser({ role: "SUPERVISOR", active: false });
    const employee = await createUser({});
    for (const id of [inactive.id, employee.id]) {
      await expect(setLocationSupervisors(admin, { locationId: location.id, supervisorIds: [kept.id, id] })).rejects.toMatchObject({
        code: "validation",
      });
    }
    expect(await assignedTo(location.id)).toEqual([kept.id]);
  });

  it("give the reports a supervisor holds at the location back to the queue when they are taken off it", async () => {
    const admin = await sessionFor((await createUser({ role: "ADMIN" })).id);
    const [location, other] = [await createLocation(), await createLocation()];
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id, other.id] });
    const employee = await createUser({ locations: [location.id, other.id] });
    const held = (locationId: string) => createReport(employee.id, locationId, { status: "IN_REVIEW", assigneeId: supervisor.id, claimedAt: new Date() });
    const [here, there] = [await held(location.id), await held(other.id)];
    await setLocationSupervisors(admin, { locationId: location.id, supervisorIds: [] });
    const stateOf = (id: string) => db.refusalReport.findUniqueOrThrow({ where: { id }, select: { status: true, assigneeId: true } });
    expect(await stateOf(here.id)).toEqual({ status: "SUBMITTED", assigneeId: null });
    expect(await stateOf(there.id)).toEqual({ status: "IN_REVIEW", assigneeId: supervisor.id });
    expect(await db.auditEvent.count({ where: { reportId: here.id, action: "report.released", actorId: admin.id } })).toBe(1);
  });
});
