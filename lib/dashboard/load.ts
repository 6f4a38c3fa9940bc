import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { filterFromParams, resolveFilter } from "./filters";
import { dashboardTotals, reviewDeadlineHours, selectableLocations } from "./queries";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Everything the dashboard page shows, for the filter in the URL and the person's scope. */
export async function loadDashboard(user: SessionUser, params: SearchParams, now = new Date()) {
  const { filter: raw, invalid } = filterFromParams(params);
  const filter = resolveFilter(raw, now);
  const deadlineHours = await reviewDeadlineHours();
  const [totals, previous, locations] = await Promise.all([
    dashboardTotals(user, filter, { now, deadlineHours }),
    dashboardTotals(user, filter, { now, deadlineHours, range: "previous" }),
    selectableLocations(user),
  ]);
  return { filter, invalid, deadlineHours, totals, previous, locations };
}
