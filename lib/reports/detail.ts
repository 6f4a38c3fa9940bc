import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { MessageKind, Outcome, ReportStatus } from "@/lib/generated/prisma/enums";
import { readableReportsWhere } from "./access";
import { TRANSITIONS, decisionStands } from "./transitions";

export interface TimelineEntry {
  id: string;
  at: Date;
  /** The audit action, e.g. "report.submitted", "report.info_requested". */
  action: string;
  actorName: string | null;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus | null;
  reason: string | null;
  /** The question or answer the event carried. */
  message: { kind: MessageKind; body: string } | null;
  /** The decision the event recorded. */
  decision: { outcome: Outcome; reasonLabelPl: string; reasonLabelEn: string; rationale: string } | null;
}

const reportSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  firstClaimedAt: true,
  reporterId: true,
  occurredAt: true,
  createdAt: true,
  category: true,
  aggressionKinds: true,
  otherCategoryText: true,
  narrative: true,
  customerRequest: true,
  reasonsExplained: true,
  reasonsExplanation: true,
  alternativeOffered: true,
  alternativeDescription: true,
  witnesses: true,
  securityCalled: true,
  policeCalled: true,
  injury: true,
  damage: true,
  injuryDamageDetails: true,
  riskBadReview: true,
  riskLostCustomer: true,
  legalRisk: true,
  customerDescription: true,
  customerDescriptionRedactedAt: true,
  locationId: true,
  location: { select: { name: true } },
  reporter: { select: { name: true } },
  assignee: { select: { name: true } },
  attachments: {
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
  },
  decisions: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: {
      id: true,
      outcome: true,
      kind: true,
      rationale: true,
      createdAt: true,
      reviewer: { select: { name: true } },
      reasonCode: { select: { labelPl: true, labelEn: true } },
    },
  },
} as const;

/**
 * One report by its number, within what the person may read (anything else
 * is null, so the page answers 404 whether it exists or not).
 */
export async function getReportByNumber(user: SessionUser, number: string) {
  return db.refusalReport.findFirst({ where: { AND: [readableReportsWhere(user), { number }] }, select: reportSelect });
}

export type ReportDetail = NonNullable<Awaited<ReturnType<typeof getReportByNumber>>>;

/** The decision its pages show: the last one while it stands (decisionStands), none once the report is reopened. */
export function standingDecision(report: Pick<ReportDetail, "status" | "decisions">) {
  return decisionStands(report.status) ? report.decisions[0] : undefined;
}

/** The question asked last and still waiting for the reporter's answer. */
export async function openQuestion(report: Pick<ReportDetail, "id" | "status">) {
  if (report.status !== "NEEDS_INFO") return null;
  return db.reportMessage.findFirst({
    where: { reportId: report.id, kind: "QUESTION" },
    orderBy: { createdAt: "desc" },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
}

/**
 * Events the reporter's own view leaves out: what HR and supervisors note
 * about a report afterwards (a complaint or legal claim that followed) is
 * for them, and the reporter's page shows no consequences.
 */
const INTERNAL_ACTIONS = ["report.consequence_recorded"];

/**
 * What happened to a report, oldest first, from its audit events, with the
 * question, answer or decision each one points to. Call only with a report
 * already loaded through the reader's scope, saying whose view it is: the
 * reporter's leaves out what is for reviewers and HR only.
 */
export async function reportTimeline(reportId: string, { audience }: { audience: "reporter" | "staff" }): Promise<TimelineEntry[]> {
  const events = await db.auditEvent.findMany({
    where: { reportId, ...(audience === "reporter" ? { action: { notIn: INTERNAL_ACTIONS } } : {}) },
    orderBy: { id: "asc" },
  });
  const idsIn = (key: string) =>
    events.flatMap((event) => {
      const value = (event.data as Record<string, unknown> | null)?.[key];
      return typeof value === "string" ? [value] : [];
    });
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const [actors, messages, decisions] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.reportMessage.findMany({ where: { reportId, id: { in: idsIn("messageId") } }, select: { id: true, kind: true, body: true } }),
    db.decision.findMany({
      where: { reportId, id: { in: idsIn("decisionId") } },
      select: { id: true, outcome: true, rationale: true, reasonCode: { select: { labelPl: true, labelEn: true } } },
    }),
  ]);
  const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
  const messageById = new Map(messages.map((message) => [message.id, message]));
  const decisionById = new Map(decisions.map((decision) => [decision.id, decision]));
  return events.map((event) => {
    const data = (event.data ?? {}) as Record<string, unknown>;
    const message = typeof data.messageId === "string" ? messageById.get(data.messageId) : undefined;
    // The decision an event made. An appeal names the decision it contests:
    // its entry shows the appellant's reason, not that decision again.
    const decision = typeof data.decisionId === "string" && event.action !== TRANSITIONS.appeal.audit ? decisionById.get(data.decisionId) : undefined;
    return {
      id: String(event.id),
      at: event.createdAt,
      action: event.action,
      actorName: event.actorId ? (actorName.get(event.actorId) ?? null) : null,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      message: message ? { kind: message.kind, body: message.body } : null,
      decision: decision
        ? {
            outcome: decision.outcome,
            rationale: decision.rationale,
            reasonLabelPl: decision.reasonCode.labelPl,
            reasonLabelEn: decision.reasonCode.labelEn,
          }
        : null,
    };
  });
}
