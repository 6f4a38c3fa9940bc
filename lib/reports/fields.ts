// The report's fixed choices and length limits, without zod: the form needs
// them on first paint, while the schema (lib/reports/schema.ts, which builds
// on these) is loaded only when the form is checked. Client-safe.
import type { AggressionKind, LegalRisk, ReportCategory } from "@/lib/generated/prisma/enums";

export const CATEGORIES = [
  "AGGRESSIVE_BEHAVIOUR",
  "SAFETY_BREACH",
  "UNLAWFUL_REQUEST",
  "AGAINST_POLICY",
  "LACK_OF_AUTHORITY",
  "LACK_OF_KNOWLEDGE",
  "OTHER",
] as const satisfies readonly ReportCategory[];

export const AGGRESSION_KINDS = [
  "SWEARING",
  "VERBAL_THREATS",
  "PHYSICAL_THREATS",
  "PHYSICAL_VIOLENCE",
  "OTHER_ABUSE",
] as const satisfies readonly AggressionKind[];

export const LEGAL_RISKS = ["NONE", "LIKELY", "THREATENED"] as const satisfies readonly LegalRisk[];

export const LIMITS = {
  narrative: { min: 10, max: 2000 },
  customerRequest: { min: 3, max: 500 },
  otherCategoryText: 200,
  explanation: 500,
  witnesses: 300,
  injuryDamageDetails: 500,
  customerDescription: 300,
  answer: { min: 2, max: 2000 },
  withdrawReason: 500,
} as const;

/**
 * The most a filing's JSON body may hold (POST /api/reports). Far above the
 * longest valid form (under 40 kB with every character written as a \u
 * escape; lib/reports/schema.test.ts checks it), so a form with fields too
 * long is still read and told which fields, one by one; only a body no form
 * could be is refused whole, with 413.
 */
export const MAX_FILING_BODY_BYTES = 1024 * 1024;

/** Evidence per report, and the size of one file: the picker checks them before upload, the server again. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The most an evidence upload's body may hold: one file of the maximum size and its multipart envelope. */
export const MAX_ATTACHMENT_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;
