import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { TRANSITIONS, type TransitionName } from "@/lib/reports/transitions";

export interface AuditStep {
  action: string;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus | null;
}

export interface Replayed {
  /** The status the log leads to (null when the log has no submission). */
  status: ReportStatus | null;
  /** The report's version the log leads to: 1 at submission, +1 per transition. */
  version: number;
  /** Steps that do not follow from the one before under the lifecycle table. */
  illegal: string[];
}

const BY_AUDIT = new Map<string, TransitionName>(
  (Object.entries(TRANSITIONS) as [TransitionName, (typeof TRANSITIONS)[TransitionName]][]).map(([name, rule]) => [rule.audit, name]),
);

/**
 * Folds a report's audit events (in id order) into the status and version
 * they imply, checking each step against the lifecycle table. Used to prove
 * that the log alone explains the stored report, whatever raced to write it.
 * Events that are not status changes (exports, views) are skipped.
 */
export function replayReport(events: readonly AuditStep[]): Replayed {
  let status: ReportStatus | null = null;
  let version = 0;
  const illegal: string[] = [];
  events.forEach((event, index) => {
    if (event.action === "report.submitted") {
      if (status !== null) illegal.push(`#${index} submitted twice`);
      status = "SUBMITTED";
      version = 1;
      return;
    }
    const name = BY_AUDIT.get(event.action);
    if (!name) return;
    const rule = TRANSITIONS[name] as { from: readonly ReportStatus[]; to: readonly ReportStatus[] };
    const legal =
      status !== null &&
      event.fromStatus === status &&
      rule.from.includes(status) &&
      event.toStatus !== null &&
      rule.to.includes(event.toStatus);
    if (!legal) illegal.push(`#${index} ${event.action} ${event.fromStatus}→${event.toStatus} while ${status}`);
    status = event.toStatus;
    version += 1;
  });
  return { status, version, illegal };
}
