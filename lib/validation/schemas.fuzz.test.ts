// Every input schema, driven in-process with hostile payloads (issue 9):
// parsing never throws, a rejection names the fields it rejects, and an
// accepted payload holds only text PostgreSQL stores unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf, parseInput } from "@/lib/auth/action";
import { validInput } from "@/test/report-input";
import { hostileValue, RUNS, storable } from "@/test/fuzz";

// Discovered from the code: every zod schema exported by a schema module.
const modules = import.meta.glob<Record<string, unknown>>(["../**/schema.ts", "../**/schemas.ts", "../auth/sign-in.ts"], {
  eager: true,
});
const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && typeof (value as z.ZodType).safeParse === "function";
const SCHEMAS = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isSchema(value))
    .map(([name, schema]) => ({ name: `${file.replace("../", "lib/")}#${name}`, schema: schema as z.ZodType })),
);

// A valid payload for the schemas whose deep fields random objects rarely reach.
const VALID: Record<string, () => Record<string, unknown>> = {
  fileReportSchema: () => validInput({ locationId: crypto.randomUUID() }),
  editReportSchema: () => {
    const { idempotencyKey: _, ...fields } = validInput({ locationId: crypto.randomUUID() });
    return { ...fields, reportId: crypto.randomUUID(), expectedVersion: 1 };
  },
  answerQuestionSchema: () => ({ reportId: crypto.randomUUID(), expectedVersion: 1, body: "Klient groził." }),
  withdrawReportSchema: () => ({ reportId: crypto.randomUUID(), expectedVersion: 1, reason: "Pomyłka." }),
  createUserSchema: () => ({ name: "Ala Nowak", email: "ala@x.example", role: "EMPLOYEE", locationIds: [], supervisedLocationIds: [] }),
};

function shapeOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Payloads: anything at all; the schema's own keys with hostile values; a valid payload with fields replaced or added. */
function payloads(name: string, schema: z.ZodType) {
  const keys = shapeOf(schema);
  const valid = VALID[name.split("#")[1]];
  const hostileKey = fc.oneof(fc.constantFrom(...keys, "__proto__", "constructor", "prototype"), fc.string({ maxLength: 12 }));
  const options = [
    hostileValue,
    fc.dictionary(hostileKey, hostileValue, { maxKeys: keys.length + 2 }),
    ...(keys.length ? [fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] })] : []),
  ];
  if (valid) {
    options.push(
      fc.tuple(fc.constantFrom(...Object.keys(valid())), hostileValue).map(([key, value]) => ({ ...valid(), [key]: value })),
      fc.tuple(hostileKey, hostileValue).map(([key, value]) => {
        const payload = valid();
        Object.defineProperty(payload, key, { value, enumerable: true, configurable: true, writable: true });
        return payload;
      }),
    );
  }
  return fc.oneof(...options);
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, out));
  else if (value && typeof value === "object" && !(value instanceof Date)) Object.values(value).forEach((item) => stringsIn(item, out));
  return out;
}

describe("input schemas under fuzzing", () => {
  it("are discovered from the code", () => {
    expect(SCHEMAS.map((s) => s.name)).toEqual(expect.arrayContaining(["lib/reports/schema.ts#fileReportSchema", "lib/admin/schemas.ts#createUserSchema"]));
  });

  for (const { name, schema } of SCHEMAS) {
    it(`${name}: ${RUNS} payloads, no throw, field-level rejections, storable text when accepted`, () => {
      fc.assert(
        fc.property(payloads(name, schema), (payload) => {
          const result = parseInput(schema, payload);
          if (result.success) {
            for (const text of stringsIn(result.data)) expect(storable(text), JSON.stringify(text)).toBe(true);
          } else {
            expect(result.error.issues.length).toBeGreaterThan(0);
            const fields = fieldErrorsOf(result.error);
            for (const messages of Object.values(fields)) {
              expect(messages.length).toBeGreaterThan(0);
              for (const message of messages) expect(message).toMatch(/\S/);
            }
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
      expect(Object.prototype).not.toHaveProperty("polluted");
    }, 600_000);
  }

  it("regression: an object without a prototype in place of a string is a validation error, not a throw", () => {
    const file = SCHEMAS.find((s) => s.name.endsWith("#fileReportSchema"))!.schema;
    const result = parseInput(file, validInput({ customerRequest: { length: Object.create(null) } }));
    expect(result.success).toBe(false);
  });

  it("regression: NUL characters and lone surrogates are refused as invalid input, not stored", () => {
    const file = SCHEMAS.find((s) => s.name.endsWith("#fileReportSchema"))!.schema;
    for (const bad of ["Klient krzyczał\u0000 bardzo", "Klient krzyczał \uD800 bardzo", "Klient \uDC00 krzyczał"]) {
      const result = file.safeParse(validInput({ narrative: bad }));
      expect(result.success).toBe(false);
      expect(fieldErrorsOf(result.error!)).toHaveProperty("narrative");
    }
    expect(file.safeParse(validInput({ narrative: "Klient krzyczał 😡 bardzo" })).success).toBe(true);
  });
});
