// Every input schema, driven in-process with hostile payloads (issue 9):
// parsing never throws, a rejection names the fields it rejects, an accepted
// payload holds only text PostgreSQL stores unchanged, and nothing reaches
// the built-in prototypes.
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
  createUserSchema: () => ({ name: "Ala Nowak", email: "ala@x.example", role: "EMPLOYEE", locationIds: [crypto.randomUUID()], supervisedLocationIds: [] }),
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

/** Whether an object without a prototype sits anywhere in `value`. */
function holdsNullPrototype(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Object.getPrototypeOf(value) === null) return true;
  return Object.values(value).some(holdsNullPrototype);
}

// Prototype pollution adds a property to a built-in prototype or replaces one,
// whatever its name: every own property and its descriptor, compared by identity.
const PROTOTYPES = { "Object.prototype": Object.prototype, "Array.prototype": Array.prototype };
type PrototypeState = Record<string, Map<PropertyKey, PropertyDescriptor>>;

function prototypeState(): PrototypeState {
  return Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, proto]) => [name, new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)!]))]),
  );
}

/** The properties of the built-in prototypes added, removed or replaced since `before`. */
function prototypeChanges(before: PrototypeState): string[] {
  const now = prototypeState();
  return Object.keys(PROTOTYPES).flatMap((name) => {
    const [was, is] = [before[name], now[name]];
    const keys = new Set([...was.keys(), ...is.keys()]);
    return [...keys]
      .filter((key) => {
        const [a, b] = [was.get(key), is.get(key)];
        return !a || !b || a.value !== b.value || a.get !== b.get || a.set !== b.set || a.writable !== b.writable;
      })
      .map((key) => `${name}.${String(key)}`);
  });
}

// Fixed pollution payloads, as JSON.parse builds them: "__proto__" as an own
// key (an object literal would set the prototype instead), at the top and nested.
const POLLUTERS = [
  '{"__proto__":{"polluted":1}}',
  '{"a":{"__proto__":{"polluted":1}},"constructor":{"prototype":{"polluted":1}}}',
  '{"__proto__":{"__proto__":{"polluted":1},"toString":1}}',
  '[{"__proto__":{"polluted":1}}]',
];

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
    it(`${name}: ${RUNS} payloads, no throw, field-level rejections, storable text when accepted, prototypes untouched`, () => {
      const before = prototypeState();
      fc.assert(
        fc.property(payloads(name, schema), (payload) => {
          // safeParse itself, not parseInput (which turns any throw into a
          // validation error, so a schema throwing on everything would pass).
          let result: ReturnType<typeof schema.safeParse>;
          try {
            result = schema.safeParse(payload);
          } catch (error) {
            // The one known throw: zod's length checks run on anything with a
            // `length` and cannot compare an object without a prototype
            // (parseInput exists for it; see the regression below). Any other
            // throw fails.
            expect(error, String(error)).toBeInstanceOf(TypeError);
            expect(holdsNullPrototype(payload), String(error)).toBe(true);
            expect(parseInput(schema, payload).success).toBe(false);
            return;
          }
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
          expect(prototypeChanges(before)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      // Whatever the generators happened to try, these always go through every
      // schema, alone and on top of a valid payload (where deep fields are reached).
      const valid = VALID[name.split("#")[1]];
      for (const json of POLLUTERS) {
        const sent = [JSON.parse(json) as unknown];
        if (valid && !json.startsWith("[")) sent.push({ ...valid(), ...(JSON.parse(json) as object) });
        for (const payload of sent) {
          schema.safeParse(payload);
          expect(prototypeChanges(before), json).toEqual([]);
          expect(({} as Record<string, unknown>).polluted, json).toBeUndefined();
          expect(([] as unknown as Record<string, unknown>).polluted, json).toBeUndefined();
        }
      }
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
