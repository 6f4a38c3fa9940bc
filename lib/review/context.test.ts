import { describe, expect, it } from "vitest";
import { createReport, sessionFor } from "@/test/factories";
import { reviewFixture } from "@/test/review";
import { reviewContext } from "./context";

const DAY = 86_400_000;

/** A Wednesday 10:00 UTC at least two weeks back, so its week is whole and in the past. */
function aPastWednesday() {
  const date = new Date(Date.now() - 14 * DAY);
  date.setUTCHours(10, 0, 0, 0);
  return new Date(date.getTime() - ((date.getUTCDay() - 3 + 7) % 7) * DAY);
}

// Generous limit: these run real transactions on a machine shared with other builds.
describe("review context", { timeout: 120_000 }, () => {
  it("counts the employee's last 12 months by category and outcome and lists the same location's week", async () => {
    // The fixture's own report (submitted now) is one of the employee's other reports.
    const { location, other, employee, supervisor } = await reviewFixture();
    const at = aPastWednesday();
    const subject = await createReport(employee.id, location.id, { occurredAt: at });
    const monday = await createReport(employee.id, location.id, { occurredAt: new Date(at.getTime() - 2 * DAY), status: "JUSTIFIED" });
    const sunday = await createReport(employee.id, location.id, { occurredAt: new Date(at.getTime() + 4 * DAY + 10 * 3_600_000), status: "WITHDRAWN" });
    await createReport(employee.id, location.id, { occurredAt: new Date(at.getTime() + 5 * DAY - 2 * 3_600_000) }); // next Monday, 08:00 UTC
    await createReport(employee.id, location.id, { occurredAt: new Date(at.getTime() - 60 * DAY), status: "NOT_JUSTIFIED", category: "AGAINST_POLICY" });
    await createReport(employee.id, location.id, { occurredAt: new Date(Date.now() - 400 * DAY), status: "JUSTIFIED" }); // over a year ago
    await createReport(employee.id, other.id, { occurredAt: at }); // a location the supervisor does not review

    const context = await reviewContext(await sessionFor(supervisor.id), subject);
    expect(context.byCategory).toEqual({ AGGRESSIVE_BEHAVIOUR: 4, AGAINST_POLICY: 1 });
    expect(context.byOutcome).toEqual({ JUSTIFIED: 1, NOT_JUSTIFIED: 1, WITHDRAWN: 1, PENDING: 2 });
    expect(context.total).toBe(5);
    expect(context.sameWeek.map((r) => r.id)).toEqual([monday.id, sunday.id]);
  });
});
