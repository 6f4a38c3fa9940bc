import type { Role } from "@/lib/generated/prisma/enums";
import type { OutboxEventType } from "@/lib/outbox/enqueue";

// What a person is told about, one kind per thing they may want to switch off.
// Pure data: used by the dispatcher, the mail composer and the UI.
export const NOTIFICATION_KINDS = [
  "report_submitted",
  "report_claimed",
  "info_requested",
  "info_answered",
  "report_decided",
  "report_reopened",
  "report_appealed",
  "report_overdue",
  "appeal_overdue",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Who hears about an event. "reporter": the person who filed the report;
 * "assignee": the supervisor who claimed it (the location's supervisors when
 * nobody has, or when the holder can no longer review it); "supervisors":
 * everyone reviewing the location; "escalation":
 * the location's supervisors and HR; "appealResolvers": those who may resolve
 * an appeal, the location's supervisors but the one whose decision it
 * contests, and HR.
 */
export type Audience = "reporter" | "assignee" | "supervisors" | "escalation" | "appealResolvers";

export const EVENT_RULES: Partial<Record<OutboxEventType, { kind: NotificationKind; audience: Audience }>> = {
  "report.submitted": { kind: "report_submitted", audience: "supervisors" },
  "report.claimed": { kind: "report_claimed", audience: "reporter" },
  "report.info_requested": { kind: "info_requested", audience: "reporter" },
  "report.info_answered": { kind: "info_answered", audience: "assignee" },
  "report.decided": { kind: "report_decided", audience: "reporter" },
  "report.appeal_resolved": { kind: "report_decided", audience: "reporter" },
  "report.reopened": { kind: "report_reopened", audience: "reporter" },
  "report.appealed": { kind: "report_appealed", audience: "appealResolvers" },
  "report.overdue": { kind: "report_overdue", audience: "escalation" },
  "report.appeal_overdue": { kind: "appeal_overdue", audience: "appealResolvers" },
};

/** Kinds addressed to the person who filed the report (they open their own report page). */
const REPORTER_KINDS: ReadonlySet<NotificationKind> = new Set([
  "report_claimed",
  "info_requested",
  "report_decided",
  "report_reopened",
]);

/** The kinds a person of `role` can receive, for the preferences page. */
export function kindsFor(role: Role): NotificationKind[] {
  switch (role) {
    case "EMPLOYEE":
      return NOTIFICATION_KINDS.filter((kind) => REPORTER_KINDS.has(kind));
    case "HR":
      return ["report_appealed", "report_overdue", "appeal_overdue"];
    default:
      return [...NOTIFICATION_KINDS];
  }
}

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Kinds about an appeal waiting to be resolved. */
const APPEAL_KINDS: ReadonlySet<NotificationKind> = new Set(["report_appealed", "appeal_overdue"]);

/** Where a notification about `number` takes its recipient. */
export function reportPath(kind: NotificationKind, role: Role, number: string): string {
  const encoded = encodeURIComponent(number);
  if (REPORTER_KINDS.has(kind) || role === "EMPLOYEE") return `/reports/${encoded}`;
  // HR resolves appeals on the review page; everything else it reads as a report.
  if (role === "HR" && !APPEAL_KINDS.has(kind)) return `/reports/${encoded}`;
  return `/review/${encoded}`;
}

/** What a notification row keeps so it can be shown without joins: never customer data. */
export interface NotificationData {
  number: string;
  category: string;
  locationName: string;
  outboxEventId: string;
}
