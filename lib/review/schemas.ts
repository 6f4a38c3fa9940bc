import { z } from "zod";
import { isStorableText } from "@/lib/validation/text";

// One schema per review input, imported by the forms (messages shown next to
// the fields) and by the services (the check that counts). Error messages are
// keys of the "review.errors" messages, so each form words them in its language.

export const RATIONALE_MIN = 30;
export const RATIONALE_MAX = 4000;
export const QUESTION_MIN = 5;
export const QUESTION_MAX = 2000;
export const NOTE_MAX = 1000;
export const REASON_MIN = 10;
export const REASON_MAX = 2000;

export const OUTCOMES = ["JUSTIFIED", "NOT_JUSTIFIED"] as const;
export const FOLLOW_UP_ACTIONS = [
  "NO_ACTION",
  "TALK_WITH_EMPLOYEE",
  "TRAINING",
  "CONTACT_CUSTOMER",
  "ESCALATE_LEGAL",
  "SECURITY_MEASURE",
] as const;
export const APPEAL_RESOLUTIONS = ["UPHELD", "OVERTURNED"] as const;

const reportRef = {
  reportId: z.uuid({ error: "invalid" }),
  /** The version the reviewer saw: a newer one means someone else acted first. */
  version: z.number().int().positive(),
};

const text = (min: number, max: number, tooShort: string) =>
  z.string({ error: "required" }).trim().min(min, { error: tooShort }).max(max, { error: "tooLong" }).refine(isStorableText, { error: "invalid" });

export const claimSchema = z.object(reportRef).strict();
export const releaseSchema = claimSchema;

export const requestInfoSchema = z
  .object({ ...reportRef, question: text(QUESTION_MIN, QUESTION_MAX, "questionTooShort") })
  .strict();

const decisionFields = {
  reasonCodeId: z.uuid({ error: "reasonRequired" }),
  rationale: text(RATIONALE_MIN, RATIONALE_MAX, "rationaleTooShort"),
  followUpActions: z
    .array(z.enum(FOLLOW_UP_ACTIONS))
    .min(1, { error: "actionsRequired" })
    .refine((actions) => new Set(actions).size === actions.length, { error: "invalid" })
    .refine((actions) => !actions.includes("NO_ACTION") || actions.length === 1, { error: "noActionAlone" }),
  followUpNote: z.string().trim().max(NOTE_MAX, { error: "tooLong" }).refine(isStorableText, { error: "invalid" }).optional(),
};

export const decideSchema = z
  .object({ ...reportRef, outcome: z.enum(OUTCOMES, { error: "outcomeRequired" }), ...decisionFields })
  .strict();

export const reopenSchema = z.object({ ...reportRef, reason: text(REASON_MIN, REASON_MAX, "reasonTooShort") }).strict();

export const appealSchema = z.object({ ...reportRef, reason: text(REASON_MIN, REASON_MAX, "reasonTooShort") }).strict();

export const resolveAppealSchema = z
  .object({ ...reportRef, resolution: z.enum(APPEAL_RESOLUTIONS, { error: "resolutionRequired" }), ...decisionFields })
  .strict();

export type ClaimInput = z.infer<typeof claimSchema>;
export type RequestInfoInput = z.infer<typeof requestInfoSchema>;
export type DecideInput = z.infer<typeof decideSchema>;
export type ReopenInput = z.infer<typeof reopenSchema>;
export type AppealInput = z.infer<typeof appealSchema>;
export type ResolveAppealInput = z.infer<typeof resolveAppealSchema>;

// Decision reasons, edited by admins. Codes are stable (HR counts by them), so
// only labels, definitions, order and whether the reason is offered change.
const reasonText = {
  labelPl: text(2, 120, "labelTooShort"),
  labelEn: text(2, 120, "labelTooShort"),
  definitionPl: text(10, 400, "definitionTooShort"),
  definitionEn: text(10, 400, "definitionTooShort"),
  sortOrder: z.number({ error: "orderRange" }).int("orderRange").min(0, "orderRange").max(10_000, "orderRange"),
  active: z.boolean(),
};

export const updateReasonSchema = z.object({ id: z.uuid({ error: "invalid" }), ...reasonText }).strict();
export const createReasonSchema = z
  .object({
    code: z.string().trim().regex(/^[A-Z][A-Z0-9_]{2,49}$/, { error: "codeFormat" }),
    outcome: z.enum(OUTCOMES, { error: "outcomeRequired" }),
    ...reasonText,
  })
  .strict();

export type UpdateReasonInput = z.infer<typeof updateReasonSchema>;
export type CreateReasonInput = z.infer<typeof createReasonSchema>;
