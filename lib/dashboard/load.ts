import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { consequenceComparison } from "@/lib/consequences/queries";
import { reviewDeadlineHours } from "@/lib/review/deadline";
import { byLocation, outcomeByCategory, reviewerConsistency, trendAgainstPrevious, weeklyByCategory } from "./breakdowns";
import { filterFromParams, resolveFilter } from "./filters";
import { dashboardLocationScope } from "./where";
import { dashboardTotals, selectableLocations } from "./queries";
import { reviewersToShow } from "./reviewers";
import { riskPanel } from "./risks";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The location charts show the busiest locations: 200 bars in a chart, and
 * 200 rows in each chart's table, are more than anyone reads on a dashboard.
 * The printable summary lists every location.
 */
export const BUSIEST_LOCATIONS = 20;

/**
 * A promise the page awaits later, inside a Suspense boundary: marked as
 * handled now, so that a failure while an earlier part renders is not also
 * reported as an unhandled rejection. Awaiting it still throws.
 */
function deferred<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Everything the dashboard page shows, for the filter in the URL and the
 * person's scope. Every query is asked for here; the sections are promises so
 * that the page streams each as it is ready: a year at a million reports
 * takes over a second, and the filter bar need not wait for it.
 */
export async function loadDashboard(user: SessionUser, params: SearchParams, now = new Date()) {
  const { filter: raw, invalid, periodInput } = filterFromParams(params, dashboardLocationScope(user));
  const filter = resolveFilter(raw, now);
  const deadlineHours = await reviewDeadlineHours();
  // First: the filter bar needs it before anything else can be shown.
  const locations = deferred(selectableLocations(user));
  // The aggregates queue in this order (aggregate.ts), so the sections come in it too.
  const summary = Promise.all([
    dashboardTotals(user, filter, { now, deadlineHours }),
    // The cards compare counts with the period before, never its times.
    dashboardTotals(user, filter, { now, deadlineHours, range: "previous", times: false }),
  ]).then(([totals, previous]) => ({ totals, previous }));
  const charts = Promise.all([
    weeklyByCategory(user, filter),
    outcomeByCategory(user, filter),
    // One more than shown, to know whether there are more.
    byLocation(user, filter, { limit: BUSIEST_LOCATIONS + 1 }),
    trendAgainstPrevious(user, filter),
  ]).then(([weekly, outcomes, perLocation, trend]) => ({
    weekly,
    outcomes,
    locations: perLocation.slice(0, BUSIEST_LOCATIONS),
    moreLocations: perLocation.length > BUSIEST_LOCATIONS,
    trend,
  }));
  // `?reviewers=all` asks for every row; otherwise the furthest from their location's rate.
  const reviewers = reviewerConsistency(user, filter).then((rows) => reviewersToShow(rows, { all: params.reviewers === "all" }));
  return {
    filter,
    invalid,
    periodInput,
    deadlineHours,
    locations,
    summary: deferred(summary),
    charts: deferred(charts),
    reviewers: deferred(reviewers),
    risks: deferred(riskPanel(user, filter)),
    consequences: deferred(consequenceComparison(user, filter)),
  };
}
