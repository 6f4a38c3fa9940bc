import type { ReportStatus } from "@/lib/generated/prisma/enums";

// The report lifecycle (docs/ARCHITECTURE.md):
// submitted → in_review → (needs_info ⇄ in_review) → justified | not_justified
// with reopen (decided → in_review) and one appeal of a not-justified decision.
// Pure data, so the table itself is unit-tested and shown in docs.
export const TRANSITIONS = {
  edit: { from: ["SUBMITTED"], to: ["SUBMITTED"], audit: "report.edited" },
  withdraw: { from: ["SUBMITTED"], to: ["WITHDRAWN"], audit: "report.withdrawn" },
  claim: { from: ["SUBMITTED"], to: ["IN_REVIEW"], audit: "report.claimed" },
  release: { from: ["IN_REVIEW"], to: ["SUBMITTED"], audit: "report.released" },
  requestInfo: { from: ["IN_REVIEW"], to: ["NEEDS_INFO"], audit: "report.info_requested" },
  // Back to the queue instead when the reviewer holding it can no longer review it.
  answer: { from: ["NEEDS_INFO"], to: ["IN_REVIEW", "SUBMITTED"], audit: "report.info_answered" },
  decide: { from: ["IN_REVIEW"], to: ["JUSTIFIED", "NOT_JUSTIFIED"], audit: "report.decided" },
  reopen: { from: ["JUSTIFIED", "NOT_JUSTIFIED"], to: ["IN_REVIEW"], audit: "report.reopened" },
  appeal: { from: ["NOT_JUSTIFIED"], to: ["APPEALED"], audit: "report.appealed" },
  resolveAppeal: { from: ["APPEALED"], to: ["NOT_JUSTIFIED", "JUSTIFIED"], audit: "report.appeal_resolved" },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: readonly ReportStatus[]; audit: string }>;

export type TransitionName = keyof typeof TRANSITIONS;

/**
 * Whether the reporter may still correct or withdraw the report: while it
 * waits in the queue and nobody has ever taken it up. A report comes back to
 * the queue after a release, or after an answer whose holder lost the
 * location, and it may have been questioned or decided (and reopened) by then:
 * its text is what the review read.
 */
export function reporterMayChange(report: { status: ReportStatus; firstClaimedAt: Date | null }): boolean {
  return report.status === "SUBMITTED" && report.firstClaimedAt === null;
}

/**
 * Whether the report's last decision stands (or is contested by an appeal):
 * its pages show that decision and name who made it only then. A reopened
 * report is back in review, its earlier decisions in its history only.
 */
export function decisionStands(status: ReportStatus): boolean {
  return status === "JUSTIFIED" || status === "NOT_JUSTIFIED" || status === "APPEALED";
}

/** Statuses a report can be in, and whether a transition is allowed between them. */
export function isAllowed(transition: TransitionName, from: ReportStatus, to: ReportStatus): boolean {
  const rule = TRANSITIONS[transition];
  return (rule.from as readonly ReportStatus[]).includes(from) && (rule.to as readonly ReportStatus[]).includes(to);
}
