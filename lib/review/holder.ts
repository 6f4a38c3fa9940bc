import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * Whether a report's assignee holds it now: while it is in review or waits
 * for the employee's answer. A decision leaves the assignee field on the
 * reviewer who decided, and an appeal's ruling leaves it there too (the one
 * who ruled is only in the decisions), so after a decision the person who
 * decided is named from the decisions, never as a holder: an appealed report
 * would otherwise be "held" by the reviewer whose decision is contested, who
 * may no longer act on it.
 */
export function heldByAssignee(status: ReportStatus): boolean {
  return status === "IN_REVIEW" || status === "NEEDS_INFO";
}
