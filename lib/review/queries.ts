import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { reviewableLocationIds } from "@/lib/reports/access";
import type { QueueFilters } from "./queue-filters";

/**
 * Report counts per status at the locations the person reviews, from the
 * per-location counters that triggers keep (ReportStatusCount): a few rows
 * per location instead of counting every report ever filed there.
 *
 * The counts follow the queue's location filter (a location outside the
 * person's scope counts nothing, as the list shows nothing). The counters know
 * only location and status, so with a category, employee, "mine" or date
 * filter they would disagree with the list: then the answer is null and the
 * tabs show no numbers. Counting the filtered reports instead would read every
 * matching report in scope on each page view, which the queue cannot afford at
 * a million reports.
 */
// The filters the counters can follow (status picks the tab; sort and cursor
// only page the list). Listed as those it may keep rather than those it must
// not, so that a filter added to the queue hides the numbers until it is
// taught here, instead of leaving them to disagree with the list.
const COUNTABLE_FILTERS: ReadonlySet<string> = new Set<keyof QueueFilters>(["status", "location", "sort", "cursor"]);

export async function countQueueByStatus(
  user: SessionUser,
  filters: QueueFilters = {},
): Promise<Partial<Record<ReportStatus, number>> | null> {
  if (Object.entries(filters).some(([key, value]) => value !== undefined && !COUNTABLE_FILTERS.has(key))) return null;
  const scope = reviewableLocationIds(user);
  let locations = scope;
  if (filters.location) locations = scope === null || scope.includes(filters.location) ? [filters.location] : [];
  if (locations?.length === 0) return {};
  const rows = await db.reportStatusCount.groupBy({
    by: ["status"],
    where: locations === null ? {} : { locationId: { in: locations } },
    _sum: { count: true },
  });
  return Object.fromEntries(rows.filter((row) => row._sum.count).map((row) => [row.status, row._sum.count]));
}
