import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { consequenceComparison } from "@/lib/consequences/queries";
import { reviewDeadlineHours } from "@/lib/review/deadline";
import { byLocation, outcomeByCategory } from "./breakdowns";
import { dashboardFilterSchema, filterFromParams, resolveFilter } from "./filters";
import type { SearchParams } from "./load";
import { dashboardTotals } from "./queries";
import { riskPanel } from "./risks";
import { dashboardLocationScope } from "./where";

/**
 * The printable summary: last month unless the URL says otherwise, also when
 * the URL is broken (the dashboard's default of 90 days would print as a
 * "monthly" summary); the page says the filter was not valid.
 */
export async function loadSummary(user: SessionUser, params: SearchParams, now = new Date()) {
  const scope = dashboardLocationScope(user);
  const { filter: parsed, invalid } = filterFromParams(params.preset ? params : { ...params, preset: "lastMonth" }, scope);
  const filter = resolveFilter(invalid ? dashboardFilterSchema.parse({ preset: "lastMonth" }) : parsed, now);
  // The locations the figures cover, to print above them: the chosen ones (all
  // within the person's scope, or the filter was refused above), else the
  // scope itself (a supervisor's), else null for all.
  const covered = filter.loc.length > 0 ? filter.loc : scope;
  const deadlineHours = await reviewDeadlineHours();
  const [totals, previous, locations, categories, risks, consequences, chosen] = await Promise.all([
    dashboardTotals(user, filter, { now, deadlineHours }),
    dashboardTotals(user, filter, { now, deadlineHours, range: "previous" }),
    byLocation(user, filter),
    outcomeByCategory(user, filter),
    riskPanel(user, filter),
    consequenceComparison(user, filter),
    covered ? db.location.findMany({ where: { id: { in: covered } }, select: { name: true }, orderBy: { name: "asc" } }) : [],
  ]);
  return {
    filter,
    invalid,
    totals,
    previous,
    locations,
    categories,
    risks,
    consequences,
    /** null: every location. */
    locationNames: covered ? chosen.map((l) => l.name) : null,
    now,
  };
}
