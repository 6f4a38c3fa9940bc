// Text that PostgreSQL can store and give back unchanged. A NUL character is
// refused by PostgreSQL (the request would fail with a server error) and a
// lone UTF-16 surrogate is silently replaced on the way to UTF-8 (the text
// read back would differ from the text sent): both are refused up front as
// invalid input. Client-safe: used by the shared zod schemas.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}
