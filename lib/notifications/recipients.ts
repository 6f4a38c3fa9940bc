import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
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
  return tx.user.findMany({ where: { active: true, supervisions: { some: { locationId } } }, select: RECIPIENT, orderBy: { id: "asc" } });
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
    case "assignee":
      people = report.assigneeId
        ? await tx.user.findMany({ where: { id: report.assigneeId, active: true }, select: RECIPIENT })
        : await supervisorsOf(tx, report.locationId);
      break;
    case "supervisors":
      people = await supervisorsOf(tx, report.locationId);
      break;
    case "escalation": {
      const [supervisors, hr] = await Promise.all([
        supervisorsOf(tx, report.locationId),
        tx.user.findMany({ where: { active: true, role: "HR" }, select: RECIPIENT, orderBy: { id: "asc" } }),
      ]);
      people = [...supervisors, ...hr];
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
