import { pickFilterParams } from "@/lib/dashboard/filters";
import { isUuid } from "@/lib/validation/ids";

/**
 * An audit event's `data` as lines a person reads: one per value, named by
 * its path ("after", "role"). Nested objects (an edit's before and after) are
 * walked; a list of plain values stays one line; anything else (a list of
 * objects) is written as JSON, as it was recorded.
 */
export interface AuditDetail {
  path: string[];
  value: string | number | boolean | null | string[];
}

type Plain = string | number | boolean | null;

const isPlain = (value: unknown): value is Plain =>
  value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/**
 * PostgreSQL's jsonb keeps an object's keys shortest first, so "after" came
 * back before "before" and "to" before "from": an edit and a range read in
 * time order again, the rest as stored.
 */
const IN_TIME_ORDER = ["before", "after", "from", "to"];
const rank = (key: string) => (IN_TIME_ORDER.includes(key) ? IN_TIME_ORDER.indexOf(key) : IN_TIME_ORDER.length);

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * An edit records the whole thing before and after; what a person wants is
 * what changed. Values equal on both sides are left out of both.
 */
function changesOnly(data: JsonObject): JsonObject {
  const { before, after } = data;
  if (!isObject(before) || !isObject(after)) return data;
  // A list of plain values (locations) is the same set in any order: one side is read from the database unordered.
  const comparable = (value: unknown) => JSON.stringify(Array.isArray(value) && value.every(isPlain) ? [...value].map(String).sort() : value);
  const same = Object.keys(before).filter((key) => key in after && comparable(before[key]) === comparable(after[key]));
  const drop = (side: JsonObject) => Object.fromEntries(Object.entries(side).filter(([key]) => !same.includes(key)));
  return { ...data, before: drop(before), after: drop(after) };
}

export function flattenAuditData(data: unknown, path: string[] = []): AuditDetail[] {
  // No data at all (most events carry none) is no line, not an empty one.
  if (data === undefined || (data === null && path.length === 0)) return [];
  if (path.length === 0 && isObject(data)) data = changesOnly(data);
  if (isPlain(data)) return [{ path, value: data }];
  if (Array.isArray(data)) {
    return [{ path, value: data.every(isPlain) ? data.map((item) => (item === null ? "" : String(item))) : JSON.stringify(data) }];
  }
  if (typeof data === "object") {
    return Object.entries(data as Record<string, unknown>)
      .sort(([a], [b]) => rank(a) - rank(b))
      .flatMap(([key, child]) => flattenAuditData(child, [...path, key]));
  }
  return [{ path, value: String(data) }];
}

/** The filter keys that narrow an export's rows (`filterToParams`); the period is recorded beside the filter. */
const EXPORT_FILTER_KEYS = ["loc", "cat", "outcome", "status"] as const;

/**
 * An export records its filter as the query string that reproduces the
 * download. A person reads what it narrowed the rows to, key by key, its
 * locations by name: the query string's dates repeat the event's "from" and
 * "to", and its preset says "custom" for every export started from a page
 * (the page pins the days it showed). Nothing narrowed is null ("none").
 */
export function readableExportFilter(data: unknown): unknown {
  if (!isObject(data) || typeof data.filter !== "string") return data;
  const picked = pickFilterParams(new URLSearchParams(data.filter));
  const narrowed = EXPORT_FILTER_KEYS.filter((key) => key in picked);
  return { ...data, filter: narrowed.length > 0 ? Object.fromEntries(narrowed.map((key) => [key, picked[key]])) : null };
}

/** Every id among the values, to look up what they name (locations) in one query. */
export function idsIn(details: AuditDetail[]): string[] {
  const values = details.flatMap((detail) => (Array.isArray(detail.value) ? detail.value : [detail.value]));
  return [...new Set(values.filter((value): value is string => typeof value === "string" && isUuid(value)))];
}

/** Decision reasons' labels by code, in both languages, as the audit page looks them up. */
export type ReasonLabels = Record<string, { pl: string; en: string }>;

/** A decision reason as the audit log names it: its label in the reader's language, then its code; undefined if unknown. */
export function reasonWithCode(labels: ReasonLabels, code: string, language: "pl" | "en"): string | undefined {
  return labels[code] ? `${labels[code][language]} (${code})` : undefined;
}
