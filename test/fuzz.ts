// Hostile inputs for the fuzzing suites (in-process schemas and HTTP
// endpoints): wrong types, huge and odd strings, unicode edge cases, nulls,
// prototype-pollution keys, SQL and HTML payloads.
import fc from "fast-check";

/** Payloads per schema / endpoint; FUZZ_RUNS raises it for a heavier run. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF",
  "😡",
  "\u202E\u2066evil",
  "\uFEFF",
  "Zażółć gęślą jaźń",
  "e\u0301",
  "'; drop table \"RefusalReport\"; --",
  "' OR '1'='1",
  "1; select pg_sleep(5)",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"><svg onload=alert(1)>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "__proto__",
  "constructor",
  "=HYPERLINK(\"http://evil\")",
  "${7*7}",
  "%00",
  "\r\n\r\n",
  "NaN",
  "null",
  "-1",
  "9".repeat(400),
  "x".repeat(70_000),
];

export const hostileString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // Long strings around the limits, cheap to generate.
  fc.tuple(fc.constantFrom("a", "ż", "<b>", " "), fc.integer({ min: 0, max: 2_100 })).map(([unit, n]) => unit.repeat(n)),
  fc.uuid().map(String),
);

const scalar = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.MAX_SAFE_INTEGER, -0, 1e309, 0),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

const pollutionKey = fc.constantFrom("__proto__", "constructor", "prototype");

export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(pollutionKey, fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 4 }),
})).value;

/** What PostgreSQL stores and returns unchanged (mirrors lib/validation/text.ts, checked independently). */
export function storable(text: string): boolean {
  return !text.includes("\u0000") && Buffer.from(text, "utf8").toString("utf8") === text;
}
