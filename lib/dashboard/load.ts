import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { consequenceComparison } from "@/lib/consequences/queries";
import { byLocation, outcomeByCategory, reviewerConsistency, trendAgainstPrevious, weeklyByCategory } from "./breakdowns";
import { filterFromParams, resolveFilter } from "./filters";
import { dashboardTotals, reviewDeadlineHours, selectableLocations } from "./queries";
import { reviewersToShow } from "./reviewers";
import { riskPanel } from "./risks";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The location charts show the busiest locations: 200 bars in a chart, and
 * 200 rows in each chart's table, are more than anyone reads on a dashboard.
 * The printable summary lists every location.
 */
export const BUSIEST_LOCATIONS = 20;

/** Everything the dashboard page shows, for the filter in the URL and the person's scope. */
export async function loadDashboard(user: SessionUser, params: SearchParams, now = new Date()) {
  const { filter: raw, invalid } = filterFromParams(params);
  const filter = resolveFilter(raw, now);
  const deadlineHours = await reviewDeadlineHours();
  const [totals, previous, locations, weekly, outcomes, perLocation, trend, reviewers, risks, consequences] = await Promise.all([
    dashboardTotals(user, filter, { now, deadlineHours }),
    // The cards compare counts with the period before, never its times.
    dashboardTotals(user, filter, { now, deadlineHours, range: "previous", times: false }),
    selectableLocations(user),
    weeklyByCategory(user, filter),
    outcomeByCategory(user, filter),
    // One more than shown, to know whether there are more.
    byLocation(user, filter, { limit: BUSIEST_LOCATIONS + 1 }),
    trendAgainstPrevious(user, filter),
    reviewerConsistency(user, filter),
    riskPanel(user, filter),
    consequenceComparison(user, filter),
  ]);
  return {
    filter,
    invalid,
    deadlineHours,
    totals,
    previous,
    locations,
    weekly,
    outcomes,
    perLocation: perLocation.slice(0, BUSIEST_LOCATIONS),
    moreLocations: perLocation.length > BUSIEST_LOCATIONS,
    trend,
    // `?reviewers=all` asks for every row; otherwise the furthest from their location's rate.
    reviewers: reviewersToShow(reviewers, { all: params.reviewers === "all" }),
    risks,
    consequences,
  };
}
