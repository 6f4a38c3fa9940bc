import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { reviewersOfLocationWhere, supervisorsOfLocationWhere } from "@/lib/reports/access";
// They may not resolve the appeal of their own decision.
import { appealedDeciderId } from "@/lib/review/access";
import type { Audience } from "./kinds";

export interface Recipient {
  id: string;
  role: Role;
}

export interface EventReport {
  id: string;
  number: string;
  category: string;
  locationId: string;
  reporterId: string;
  assigneeId: string | null;
  location: { name: string };
}

export function loadEventReport(tx: Prisma.TransactionClient, reportId: string): Promise<EventReport | null> {
  return tx.refusalReport.findUnique({
    where: { id: reportId },
    select: { id: true, number: true, category: true, locationId: true, reporterId: true, assigneeId: true, location: { select: { name: true } } },
  });
}

const RECIPIENT = { id: true, role: true } as const;

function supervisorsOf(tx: Prisma.TransactionClient, locationId: string) {
  return tx.user.findMany({ where: supervisorsOfLocationWhere(locationId), select: RECIPIENT, orderBy: { id: "asc" } });
}

function hrStaff(tx: Prisma.TransactionClient) {
  return tx.user.findMany({ where: { active: true, role: "HR" }, select: RECIPIENT, orderBy: { id: "asc" } });
}

/**
 * The report's holder while they can still act on it: active, and an admin or
 * a supervisor still assigned to the report's location. Otherwise nobody is,
 * and the event goes to the location's supervisors as for an unclaimed report.
 */
function activeAssignee(tx: Prisma.TransactionClient, report: EventReport) {
  if (!report.assigneeId) return Promise.resolve([]);
  return tx.user.findMany({ where: { id: report.assigneeId, ...reviewersOfLocationWhere(report.locationId) }, select: RECIPIENT });
}

/**
 * The active people an event about `report` is for, without the person who
 * caused it (a supervisor filing a report is not told about their own report).
 */
export async function resolveRecipients(
  tx: Prisma.TransactionClient,
  audience: Audience,
  report: EventReport,
  actorId: string | null,
): Promise<Recipient[]> {
  let people: Recipient[];
  switch (audience) {
    case "reporter":
      people = await tx.user.findMany({ where: { id: report.reporterId, active: true }, select: RECIPIENT });
      break;
    case "assignee": {
      const holder = await activeAssignee(tx, report);
      people = holder.length > 0 ? holder : await supervisorsOf(tx, report.locationId);
      break;
    }
    case "supervisors":
      people = await supervisorsOf(tx, report.locationId);
      break;
    case "escalation":
    case "appealResolvers": {
      // An appeal's own decider may not resolve it: left out of those told.
      const [supervisors, hr, decider] = await Promise.all([
        supervisorsOf(tx, report.locationId),
        hrStaff(tx),
        audience === "appealResolvers" ? appealedDeciderId(tx, report.id) : null,
      ]);
      people = [...supervisors.filter((person) => person.id !== decider), ...hr];
      break;
    }
  }
  const seen = new Set<string>();
  return people.filter((person) => {
    if (person.id === actorId || seen.has(person.id)) return false;
    seen.add(person.id);
    return true;
  });
}
