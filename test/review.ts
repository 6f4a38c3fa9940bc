// Fixtures for review tests: a location with its people and a report in a
// chosen status, plus the decision reason ids the seed migration provides.
import { db } from "@/lib/db/client";
import type { Outcome, ReportStatus } from "@/lib/generated/prisma/enums";
import { createLocation, createReport, createUser, sessionFor } from "./factories";

export async function reviewFixture(status: ReportStatus = "SUBMITTED") {
  const location = await createLocation();
  const other = await createLocation();
  const employee = await createUser({ locations: [location.id] });
  const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  const colleague = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
  const outsider = await createUser({ role: "SUPERVISOR", supervises: [other.id] });
  const hr = await createUser({ role: "HR" });
  const admin = await createUser({ role: "ADMIN" });
  const report = await createReport(employee.id, location.id, {
    status,
    assigneeId: status === "SUBMITTED" ? null : supervisor.id,
  });
  const [asEmployee, asSupervisor, asColleague, asOutsider, asHr, asAdmin] = await Promise.all(
    [employee, supervisor, colleague, outsider, hr, admin].map((user) => sessionFor(user.id)),
  );
  return { location, other, report, employee, supervisor, colleague, asEmployee, asSupervisor, asColleague, asOutsider, asHr, asAdmin };
}

export async function reasonId(outcome: Outcome) {
  const reason = await db.decisionReason.findFirstOrThrow({ where: { outcome, active: true }, orderBy: { sortOrder: "asc" } });
  return reason.id;
}

export const RATIONALE = "Pracownik nie zaproponował klientowi żadnej alternatywy, choć regulamin na to pozwalał.";

export async function decisionInput(reportId: string, version: number, outcome: Outcome = "NOT_JUSTIFIED") {
  return {
    reportId,
    version,
    outcome,
    reasonCodeId: await reasonId(outcome),
    rationale: RATIONALE,
    followUpActions: ["TALK_WITH_EMPLOYEE" as const],
  };
}

export function currentVersion(reportId: string) {
  return db.refusalReport.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } }).then((r) => r.version);
}
