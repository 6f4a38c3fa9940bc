import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * What a report's assignee is to it now. A report keeps its assignee after a
 * decision (the one who decided last), and an appealed one keeps the reviewer
 * whose decision the employee contests, who takes no further part: naming them
 * as its holder there would send colleagues to the wrong person.
 */
export function assigneeRole(status: ReportStatus): "holds" | "decided" | null {
  if (status === "IN_REVIEW" || status === "NEEDS_INFO") return "holds";
  if (status === "JUSTIFIED" || status === "NOT_JUSTIFIED" || status === "APPEALED") return "decided";
  return null;
}
