import { z } from "zod";
import { calendarDaySchema } from "@/lib/dashboard/dates";
import { CATEGORIES } from "@/lib/reports/fields";
import { uuidSchema } from "@/lib/validation/ids";

// The queue's filters live in the URL (shareable, back button works). Unknown
// or malformed values are dropped rather than failing the page.

export const QUEUE_STATUSES = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPEALED", "JUSTIFIED", "NOT_JUSTIFIED", "WITHDRAWN"] as const;
/** What "waiting" means when no status is chosen. */
export const OPEN_STATUSES = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPEALED"] as const;
export { CATEGORIES };
export const SORTS = ["age", "occurred"] as const;

// A calendar day as the dashboard reads one: a day Chrome's date field makes of
// a two-digit year ("0026-10-01") is refused, not turned into an instant
// PostgreSQL cannot read.
const day = calendarDaySchema;

export const queueFiltersSchema = z
  .object({
    status: z.enum(QUEUE_STATUSES).optional().catch(undefined),
    location: uuidSchema.optional().catch(undefined),
    category: z.enum(CATEGORIES).optional().catch(undefined),
    employee: uuidSchema.optional().catch(undefined),
    from: day.optional().catch(undefined),
    to: day.optional().catch(undefined),
    mine: z.literal("1").optional().catch(undefined),
    sort: z.enum(SORTS).optional().catch(undefined),
    cursor: z.string().max(200).optional().catch(undefined),
  })
  .strict();

export type QueueFilters = z.infer<typeof queueFiltersSchema>;
const KEYS = Object.keys(queueFiltersSchema.shape) as (keyof QueueFilters)[];

/** Reads the filters from a page's searchParams (first value of each known key). */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const picked: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) picked[key] = first;
  }
  return queueFiltersSchema.parse(picked);
}

/** The URL of the queue with these filters (empty ones left out). */
export function queueHref(filters: QueueFilters, base = "/review"): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
