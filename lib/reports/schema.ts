// The report input, shared by the form (field messages shown beside the
// fields) and the server (the check that counts). Messages are keys of the
// "reports" namespace (reports.errors.*) so both sides show the same text in
// the person's language. Client-safe: no server imports.
import { z } from "zod";
import type { AggressionKind, LegalRisk, ReportCategory } from "@/lib/generated/prisma/enums";
import { isStorableText } from "@/lib/validation/text";

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

/** How far in the past an incident may be reported, and the clock skew allowed. */
const MAX_AGE_MS = 365 * 24 * 3_600_000;
const FUTURE_SKEW_MS = 10 * 60_000;

const requiredText = (min: number, max: number, short: string, long: string) =>
  z.string({ error: "errors.required" }).trim().min(1, { error: "errors.required" }).min(min, { error: short }).max(max, { error: long })
    .refine(isStorableText, { error: "errors.invalid" });

/** Optional free text: empty strings become null so nothing blank is stored. */
const optionalText = (max: number) =>
  z
    .string({ error: "errors.invalid" })
    .trim()
    .max(max, { error: "errors.tooLong" })
    .refine(isStorableText, { error: "errors.invalid" })
    .nullish()
    .transform((value) => (value ? value : null));

const yesNo = z.boolean({ error: "errors.chooseYesNo" });
const flag = z.boolean({ error: "errors.invalid" });

const fields = {
  occurredAt: z.iso
    .datetime({ offset: true, error: "errors.occurredAtInvalid" })
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() <= Date.now() + FUTURE_SKEW_MS, { error: "errors.occurredAtFuture" })
    .refine((date) => date.getTime() >= Date.now() - MAX_AGE_MS, { error: "errors.occurredAtTooOld" }),
  locationId: z.uuid({ error: "errors.locationRequired" }),
  category: z.enum(CATEGORIES, { error: "errors.categoryRequired" }),
  aggressionKinds: z.array(z.enum(AGGRESSION_KINDS, { error: "errors.invalid" }), { error: "errors.invalid" }).max(AGGRESSION_KINDS.length),
  otherCategoryText: optionalText(LIMITS.otherCategoryText),
  narrative: requiredText(LIMITS.narrative.min, LIMITS.narrative.max, "errors.narrativeTooShort", "errors.narrativeTooLong"),
  customerRequest: requiredText(
    LIMITS.customerRequest.min,
    LIMITS.customerRequest.max,
    "errors.customerRequestTooShort",
    "errors.customerRequestTooLong",
  ),
  reasonsExplained: yesNo,
  reasonsExplanation: optionalText(LIMITS.explanation),
  alternativeOffered: yesNo,
  alternativeDescription: optionalText(LIMITS.explanation),
  witnesses: optionalText(LIMITS.witnesses),
  securityCalled: flag,
  policeCalled: flag,
  injury: flag,
  damage: flag,
  injuryDamageDetails: optionalText(LIMITS.injuryDamageDetails),
  riskBadReview: flag,
  riskLostCustomer: flag,
  legalRisk: z.enum(LEGAL_RISKS, { error: "errors.invalid" }),
  customerDescription: optionalText(LIMITS.customerDescription),
};

type ReportFields = z.output<z.ZodObject<typeof fields>>;

// Rules between fields: sub-reasons only (and at least one) for aggressive
// behaviour, a description for "other".
function crossFieldRules(value: ReportFields, ctx: z.RefinementCtx) {
  if (value.category === "AGGRESSIVE_BEHAVIOUR") {
    if (value.aggressionKinds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["aggressionKinds"], message: "errors.aggressionKindsRequired" });
    }
  } else if (value.aggressionKinds.length > 0) {
    ctx.addIssue({ code: "custom", path: ["aggressionKinds"], message: "errors.aggressionKindsOnlyForAggression" });
  }
  if (new Set(value.aggressionKinds).size !== value.aggressionKinds.length) {
    ctx.addIssue({ code: "custom", path: ["aggressionKinds"], message: "errors.invalid" });
  }
  if (value.category === "OTHER" && !value.otherCategoryText) {
    ctx.addIssue({ code: "custom", path: ["otherCategoryText"], message: "errors.otherCategoryTextRequired" });
  }
}

export const idempotencyKeySchema = z.uuid({ error: "errors.invalid" });

/** Filing: the report's fields and the client-generated idempotency key. */
export const fileReportSchema = z
  .object({ ...fields, idempotencyKey: idempotencyKeySchema })
  .strict()
  .superRefine(crossFieldRules);

/** Correcting a report before anyone claimed it: the same fields, on a known version. */
export const editReportSchema = z
  .object({ ...fields, reportId: z.uuid(), expectedVersion: z.number().int().positive() })
  .strict()
  .superRefine(crossFieldRules);

export const withdrawReportSchema = z
  .object({
    reportId: z.uuid(),
    expectedVersion: z.number().int().positive(),
    reason: optionalText(LIMITS.withdrawReason),
  })
  .strict();

export const answerQuestionSchema = z
  .object({
    reportId: z.uuid(),
    expectedVersion: z.number().int().positive(),
    body: requiredText(LIMITS.answer.min, LIMITS.answer.max, "errors.answerTooShort", "errors.answerTooLong"),
  })
  .strict();

export type FileReportInput = z.input<typeof fileReportSchema>;
export type FileReport = z.output<typeof fileReportSchema>;
export type EditReport = z.output<typeof editReportSchema>;
export type ReportFieldName = keyof typeof fields;
export const REPORT_FIELD_NAMES = Object.keys(fields) as ReportFieldName[];
