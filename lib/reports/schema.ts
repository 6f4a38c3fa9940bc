// The report input, shared by the form (field messages shown beside the
// fields) and the server (the check that counts). Messages are keys of the
// "reports" namespace (reports.errors.*) so both sides show the same text in
// the person's language. Client-safe: no server imports. Written with
// zod/mini, which the form's bundle carries at a fraction of classic zod's
// size; lib/reports/action-schema.ts hands the same rules to guardedAction.
import * as z from "zod/mini";
import { AGGRESSION_KINDS, CATEGORIES, LEGAL_RISKS, LIMITS } from "./fields";
import { isStorableText } from "@/lib/validation/text";

export { AGGRESSION_KINDS, CATEGORIES, LEGAL_RISKS, LIMITS };

/** How far in the past an incident may be reported, and the clock skew allowed. */
const MAX_AGE_MS = 365 * 24 * 3_600_000;
const FUTURE_SKEW_MS = 10 * 60_000;

// Left empty, a field says what to write and how much ("Describe what happened
// (at least 10 characters)."), as it does when too short: "This field is
// required" tells a person in a hurry nothing they can act on.
const requiredText = (min: number, max: number, short: string, long: string) =>
  z
    .string({ error: short })
    .check(
      z.trim(),
      z.minLength(min, { error: short }),
      z.maxLength(max, { error: long }),
      z.refine(isStorableText, { error: "errors.invalid" }),
    );

/** Optional free text: empty strings become null so nothing blank is stored. */
const optionalText = (max: number) =>
  z.pipe(
    z.nullish(
      z
        .string({ error: "errors.invalid" })
        .check(z.trim(), z.maxLength(max, { error: "errors.tooLong" }), z.refine(isStorableText, { error: "errors.invalid" })),
    ),
    z.transform((value: string | null | undefined) => (value ? value : null)),
  );

const yesNo = z.boolean({ error: "errors.chooseYesNo" });
const flag = z.boolean({ error: "errors.invalid" });
const version = z.int().check(z.positive());

const fields = {
  occurredAt: z
    .pipe(
      z.iso.datetime({ offset: true, error: "errors.occurredAtInvalid" }),
      z.transform((value: string) => new Date(value)),
    )
    .check(
      z.refine((date: Date) => date.getTime() <= Date.now() + FUTURE_SKEW_MS, { error: "errors.occurredAtFuture" }),
      z.refine((date: Date) => date.getTime() >= Date.now() - MAX_AGE_MS, { error: "errors.occurredAtTooOld" }),
    ),
  locationId: z.uuid({ error: "errors.locationRequired" }),
  category: z.enum(CATEGORIES, { error: "errors.categoryRequired" }),
  aggressionKinds: z
    .array(z.enum(AGGRESSION_KINDS, { error: "errors.invalid" }), { error: "errors.invalid" })
    .check(z.maxLength(AGGRESSION_KINDS.length)),
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

type ReportFields = z.output<z.ZodMiniObject<typeof fields>>;

// Rules between fields: sub-reasons only (and at least one) for aggressive
// behaviour, a description for "other".
const crossFieldRules = z.superRefine((value: ReportFields, ctx) => {
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
});

export const idempotencyKeySchema = z.uuid({ error: "errors.invalid" });

/** Filing: the report's fields and the client-generated idempotency key. */
export const fileReportSchema = z.strictObject({ ...fields, idempotencyKey: idempotencyKeySchema }).check(crossFieldRules);

/** Correcting a report before anyone claimed it: the same fields, on a known version. */
export const editReportSchema = z.strictObject({ ...fields, reportId: z.uuid(), expectedVersion: version }).check(crossFieldRules);

export const withdrawReportSchema = z.strictObject({
  reportId: z.uuid(),
  expectedVersion: version,
  reason: optionalText(LIMITS.withdrawReason),
});

export const answerQuestionSchema = z.strictObject({
  reportId: z.uuid(),
  expectedVersion: version,
  body: requiredText(LIMITS.answer.min, LIMITS.answer.max, "errors.answerTooShort", "errors.answerTooLong"),
});

export type FileReportInput = z.input<typeof fileReportSchema>;
export type FileReport = z.output<typeof fileReportSchema>;
export type EditReport = z.output<typeof editReportSchema>;
export type ReportFieldName = keyof typeof fields;
export const REPORT_FIELD_NAMES = Object.keys(fields) as ReportFieldName[];
