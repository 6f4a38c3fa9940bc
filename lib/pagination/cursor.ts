import { isUuid } from "@/lib/validation/ids";

// Keyset pagination: the cursor is the sort key of the last row shown
// (a timestamp and the id that breaks ties), opaque to the browser.

export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

/** A damaged or forged cursor reads as "no cursor" (the first page), never as an error. */
export function decodeCursor(value: string | undefined | null): Cursor | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [at, id] = parsed;
    if (typeof at !== "string" || typeof id !== "string" || !isUuid(id)) return null;
    const date = new Date(at);
    // A year outside 1000-9999 is no row's key, and its ISO form ("+010000-…") is not one PostgreSQL reads.
    const year = date.getUTCFullYear();
    return Number.isNaN(date.getTime()) || year < 1000 || year > 9999 ? null : { at: date, id };
  } catch {
    return null;
  }
}
