import { describe, expect, it } from "vitest";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { BUSIEST_LOCATIONS, loadDashboard } from "./load";

// A supervisor of their own locations, so that the figures hold only this test's reports.
async function supervisorWithBusyLocations(count: number) {
  const locations = [];
  for (let i = 0; i < count; i++) locations.push(await createLocation());
  const ids = locations.map((location) => location.id);
  const employee = await createUser({ locations: ids });
  const supervisor = await createUser({ role: "SUPERVISOR", supervises: ids });
  // Location k gets k + 1 reports: the busiest is the last one created.
  for (const [k, id] of ids.entries()) {
    for (let n = 0; n <= k; n++) await createReport(employee.id, id, { createdAt: new Date("2026-05-12T10:00:00Z") });
  }
  return { user: await sessionFor(supervisor.id), ids };
}

const may = { preset: "custom", from: "2026-05-01", to: "2026-05-31" };
const now = new Date("2026-06-01T10:00:00Z");

describe("the dashboard's location charts", () => {
  it(`show the ${BUSIEST_LOCATIONS} busiest locations and say there are more`, async () => {
    const { user, ids } = await supervisorWithBusyLocations(BUSIEST_LOCATIONS + 1);
    const data = await loadDashboard(user, may, now);
    const [{ totals }, charts] = await Promise.all([data.summary, data.charts]);
    expect(totals.reports).toBe(((BUSIEST_LOCATIONS + 1) * (BUSIEST_LOCATIONS + 2)) / 2);
    expect(charts.locations.map((row) => row.locationId)).toEqual(ids.slice(1).reverse());
    expect(charts.moreLocations).toBe(true);
  });

  it("show every location when there are no more than that", async () => {
    const { user } = await supervisorWithBusyLocations(3);
    const { charts } = await loadDashboard(user, may, now);
    expect((await charts).locations.map((row) => row.reports)).toEqual([3, 2, 1]);
    expect((await charts).moreLocations).toBe(false);
  });
});
