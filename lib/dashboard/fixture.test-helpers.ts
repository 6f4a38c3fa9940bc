import "server-only";
// A fixed fixture for the dashboard and export tests: two fresh locations and
// reports in March 2026 (Warsaw time, across the change to summer time), with
// figures computed by hand in the tests that use it.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";

const at = (iso: string) => new Date(iso);
const plusHours = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3_600_000);

export async function marchFixture() {
  const [a, b] = [await createLocation("Warszawa – Łódzka 1"), await createLocation("Kraków – Żółta 2")];
  const employee = await createUser({ locations: [a.id, b.id], name: "Żaneta Głowacka" });
  const supervisorA = await createUser({ role: "SUPERVISOR", supervises: [a.id] });
  const supervisorB = await createUser({ role: "SUPERVISOR", supervises: [b.id] });
  const hr = await createUser({ role: "HR" });
  const report = (locationId: string, created: string, fileHours: number, data: Partial<Prisma.RefusalReportUncheckedCreateInput>) =>
    createReport(employee.id, locationId, { createdAt: at(created), occurredAt: plusHours(created, -fileHours), ...data });

  const r = {
    // time to decision 2 h, time to file 1 h
    justified1: await report(a.id, "2026-03-02T11:00:00Z", 1, { status: "JUSTIFIED", firstDecidedAt: plusHours("2026-03-02T11:00:00Z", 2) }),
    notJustified: await report(a.id, "2026-03-05T10:00:00Z", 1, {
      status: "NOT_JUSTIFIED",
      category: "SAFETY_BREACH",
      aggressionKinds: [],
      firstDecidedAt: plusHours("2026-03-05T10:00:00Z", 4),
      legalRisk: "THREATENED",
    }),
    appealed: await report(a.id, "2026-03-10T10:00:00Z", 3, { status: "APPEALED", firstDecidedAt: plusHours("2026-03-10T10:00:00Z", 10), injury: true }),
    submitted: await report(a.id, "2026-03-20T10:00:00Z", 2, { status: "SUBMITTED", policeCalled: true }),
    // 2026-03-31 00:30 in Warsaw (summer time): inside March.
    inReview: await report(b.id, "2026-03-30T22:30:00Z", 1, { status: "IN_REVIEW", assigneeId: supervisorB.id }),
    withdrawn: await report(b.id, "2026-03-15T12:00:00Z", 5, { status: "WITHDRAWN" }),
    // 2026-03-01 00:30 in Warsaw (winter time): inside March.
    justified2: await report(a.id, "2026-02-28T23:30:00Z", 2, { status: "JUSTIFIED", firstDecidedAt: plusHours("2026-02-28T23:30:00Z", 6) }),
    // 2026-04-01 00:30 in Warsaw: outside March.
    april: await report(a.id, "2026-03-31T22:30:00Z", 1, { status: "JUSTIFIED", firstDecidedAt: plusHours("2026-03-31T22:30:00Z", 1) }),
    // The period before March (29 Jan – 28 Feb).
    february: await report(a.id, "2026-02-10T10:00:00Z", 1, { status: "JUSTIFIED", firstDecidedAt: plusHours("2026-02-10T10:00:00Z", 1) }),
  };
  return {
    a,
    b,
    employee,
    hr: await sessionFor(hr.id),
    supervisorA: await sessionFor(supervisorA.id),
    reports: r,
    /** The query of the fixture's month at both locations. */
    params: (extra: Record<string, string | string[]> = {}) => ({ preset: "custom", from: "2026-03-01", to: "2026-03-31", loc: [a.id, b.id], ...extra }),
    /** The April 15th the figures are computed at (everything waiting is overdue). */
    now: at("2026-04-15T10:00:00Z"),
  };
}

export async function removeReports(locationIds: string[]) {
  await db.refusalReport.deleteMany({ where: { locationId: { in: locationIds } } });
}
