import { describe, expect, it } from "vitest";
import { LOCATION, validInput } from "@/test/report-input";
import { MAX_FILING_BODY_BYTES } from "./fields";
import { AGGRESSION_KINDS, CATEGORIES, LEGAL_RISKS, LIMITS, answerQuestionSchema, editReportSchema, fileReportSchema } from "./schema";

const messagesFor = (input: unknown) => {
  const result = fileReportSchema.safeParse(input);
  if (result.success) return {};
  const found: Record<string, string[]> = {};
  for (const issue of result.error.issues) (found[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
  return found;
};

describe("report schema", () => {
  it("accepts every category with every combination of the procedure's answers, risks and flags", () => {
    let checked = 0;
    for (const category of CATEGORIES) {
      for (const reasonsExplained of [true, false]) {
        for (const alternativeOffered of [true, false]) {
          for (const legalRisk of LEGAL_RISKS) {
            const flags = checked % 2 === 0;
            const input = validInput({
              category,
              aggressionKinds: category === "AGGRESSIVE_BEHAVIOUR" ? AGGRESSION_KINDS.slice(0, (checked % AGGRESSION_KINDS.length) + 1) : [],
              otherCategoryText: category === "OTHER" ? "Klient nagrywał innych klientów telefonem." : null,
              reasonsExplained,
              reasonsExplanation: reasonsExplained ? "Wyjaśniłam spokojnie." : null,
              alternativeOffered,
              alternativeDescription: alternativeOffered ? "Infolinia reklamacyjna." : null,
              legalRisk,
              securityCalled: flags,
              policeCalled: !flags,
              injury: flags,
              damage: flags,
              injuryDamageDetails: flags ? "Rozbita szyba lady." : null,
              riskBadReview: flags,
              riskLostCustomer: !flags,
              witnesses: flags ? "Kasjerka z kasy 2" : "",
              customerDescription: flags ? "Mężczyzna ok. 40 lat, czerwona kurtka 🧥" : "",
            });
            const result = fileReportSchema.safeParse(input);
            expect(result.success, `${category}/${reasonsExplained}/${alternativeOffered}/${legalRisk}`).toBe(true);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(CATEGORIES.length * 2 * 2 * LEGAL_RISKS.length);
  });

  it("accepts every set of aggression sub-reasons", () => {
    for (let mask = 1; mask < 1 << AGGRESSION_KINDS.length; mask++) {
      const kinds = AGGRESSION_KINDS.filter((_, i) => mask & (1 << i));
      expect(fileReportSchema.safeParse(validInput({ aggressionKinds: kinds })).success).toBe(true);
    }
  });

  it("stores blanks as null and trims text, keeping Polish characters and emoji", () => {
    const parsed = fileReportSchema.parse(
      validInput({ witnesses: "   ", narrative: "  Zażółć gęślą jaźń — klient rzucił koszykiem 😡  ", customerDescription: "" }),
    );
    expect(parsed.witnesses).toBeNull();
    expect(parsed.customerDescription).toBeNull();
    expect(parsed.narrative).toBe("Zażółć gęślą jaźń — klient rzucił koszykiem 😡");
    expect(parsed.occurredAt).toBeInstanceOf(Date);
  });

  it.each([
    ["idempotencyKey", { idempotencyKey: "not-a-uuid" }, "errors.invalid"],
    ["occurredAt", { occurredAt: "yesterday" }, "errors.occurredAtInvalid"],
    ["occurredAt", { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, "errors.occurredAtFuture"],
    ["occurredAt", { occurredAt: new Date(Date.now() - 400 * 86_400_000).toISOString() }, "errors.occurredAtTooOld"],
    ["locationId", { locationId: undefined }, "errors.locationRequired"],
    ["category", { category: undefined }, "errors.categoryRequired"],
    ["category", { category: "BAD_MOOD" }, "errors.categoryRequired"],
    ["aggressionKinds", { aggressionKinds: [] }, "errors.aggressionKindsRequired"],
    ["aggressionKinds", { aggressionKinds: ["SWEARING", "SWEARING"] }, "errors.invalid"],
    ["aggressionKinds", { aggressionKinds: ["SHOUTING"] }, "errors.invalid"],
    ["aggressionKinds", { category: "UNLAWFUL_REQUEST", aggressionKinds: ["SWEARING"] }, "errors.aggressionKindsOnlyForAggression"],
    ["otherCategoryText", { category: "OTHER", aggressionKinds: [], otherCategoryText: "  " }, "errors.otherCategoryTextRequired"],
    ["otherCategoryText", { otherCategoryText: "x".repeat(201) }, "errors.tooLong"],
    ["narrative", { narrative: undefined }, "errors.narrativeTooShort"],
    ["narrative", { narrative: "   " }, "errors.narrativeTooShort"],
    ["narrative", { narrative: "Krzyczał" }, "errors.narrativeTooShort"],
    ["narrative", { narrative: "x".repeat(2001) }, "errors.narrativeTooLong"],
    ["customerRequest", { customerRequest: "" }, "errors.customerRequestTooShort"],
    ["customerRequest", { customerRequest: "ab" }, "errors.customerRequestTooShort"],
    ["customerRequest", { customerRequest: "x".repeat(501) }, "errors.customerRequestTooLong"],
    ["reasonsExplained", { reasonsExplained: undefined }, "errors.chooseYesNo"],
    ["reasonsExplained", { reasonsExplained: "yes" }, "errors.chooseYesNo"],
    ["reasonsExplanation", { reasonsExplanation: "x".repeat(501) }, "errors.tooLong"],
    ["alternativeOffered", { alternativeOffered: null }, "errors.chooseYesNo"],
    ["alternativeDescription", { alternativeDescription: "x".repeat(501) }, "errors.tooLong"],
    ["witnesses", { witnesses: "x".repeat(301) }, "errors.tooLong"],
    ["securityCalled", { securityCalled: "true" }, "errors.invalid"],
    ["policeCalled", { policeCalled: 1 }, "errors.invalid"],
    ["injury", { injury: undefined }, "errors.invalid"],
    ["damage", { damage: null }, "errors.invalid"],
    ["injuryDamageDetails", { injuryDamageDetails: "x".repeat(501) }, "errors.tooLong"],
    ["riskBadReview", { riskBadReview: "no" }, "errors.invalid"],
    ["riskLostCustomer", { riskLostCustomer: undefined }, "errors.invalid"],
    ["legalRisk", { legalRisk: "SUED" }, "errors.invalid"],
    ["customerDescription", { customerDescription: "x".repeat(301) }, "errors.tooLong"],
  ])("rejects an invalid %s with its message", (field, override, message) => {
    expect(messagesFor(validInput(override))[field]).toContain(message);
  });

  it("rejects unknown keys such as a forged status or reporter (mass assignment)", () => {
    for (const forged of [{ status: "JUSTIFIED" }, { reporterId: LOCATION }, { number: "R-2026-000001" }, { version: 7 }]) {
      const result = fileReportSchema.safeParse(validInput(forged));
      expect(result.success).toBe(false);
      expect(result.error?.issues.some((issue) => issue.code === "unrecognized_keys")).toBe(true);
    }
    expect(editReportSchema.safeParse({ ...validInput(), reportId: LOCATION, expectedVersion: 1 }).success).toBe(false);
    const { idempotencyKey: _key, ...fields } = validInput();
    expect(editReportSchema.safeParse({ ...fields, reportId: LOCATION, expectedVersion: 1 }).success).toBe(true);
    expect(editReportSchema.safeParse({ ...fields, reportId: LOCATION, expectedVersion: 1, status: "WITHDRAWN" }).success).toBe(false);
  });

  it("fits the longest valid form, every character escaped, well inside the API's body limit", () => {
    const longest = (max: number) => "ż".repeat(max);
    const input = validInput({
      category: "OTHER",
      aggressionKinds: [],
      otherCategoryText: longest(LIMITS.otherCategoryText),
      narrative: longest(LIMITS.narrative.max),
      customerRequest: longest(LIMITS.customerRequest.max),
      reasonsExplanation: longest(LIMITS.explanation),
      alternativeOffered: true,
      alternativeDescription: longest(LIMITS.explanation),
      witnesses: longest(LIMITS.witnesses),
      injury: true,
      injuryDamageDetails: longest(LIMITS.injuryDamageDetails),
      customerDescription: longest(LIMITS.customerDescription),
    });
    expect(fileReportSchema.safeParse(input).success).toBe(true);
    // A client may write every non-ASCII character as a \u escape: six bytes for one.
    const escaped = JSON.stringify(input).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    expect(JSON.parse(escaped)).toEqual(input);
    expect(Buffer.byteLength(escaped)).toBeLessThan(40_000);
    expect(Buffer.byteLength(escaped) * 20).toBeLessThan(MAX_FILING_BODY_BYTES);
  });

  it("validates answers to a reviewer's question", () => {
    expect(answerQuestionSchema.safeParse({ reportId: LOCATION, expectedVersion: 2, body: "Tak, był świadek." }).success).toBe(true);
    const empty = answerQuestionSchema.safeParse({ reportId: LOCATION, expectedVersion: 2, body: " " });
    expect(empty.error?.issues[0].message).toBe("errors.answerTooShort");
    expect(answerQuestionSchema.safeParse({ reportId: LOCATION, expectedVersion: 2, body: "ok", kind: "QUESTION" }).success).toBe(false);
  });
});
