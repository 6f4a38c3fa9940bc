import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { consequenceComparison } from "@/lib/consequences/queries";
import { reviewDeadlineHours } from "@/lib/review/deadline";
import { byLocation, outcomeByCategory } from "./breakdowns";
import { filterFromParams, resolveFilter } from "./filters";
import type { SearchParams } from "./load";
import { dashboardTotals } from "./queries";
import { riskPanel } from "./risks";

/** The printable summary: last month unless the URL says otherwise. */
export async function loadSummary(user: SessionUser, params: SearchParams, now = new Date()) {
  const { filter: raw } = filterFromParams(params.preset ? params : { ...params, preset: "lastMonth" });
  const filter = resolveFilter(raw, now);
  const deadlineHours = await reviewDeadlineHours();
  const [totals, previous, locations, categories, risks, consequences, chosen] = await Promise.all([
    dashboardTotals(user, filter, { now, deadlineHours }),
    dashboardTotals(user, filter, { now, deadlineHours, range: "previous" }),
    byLocation(user, filter),
    outcomeByCategory(user, filter),
    riskPanel(user, filter),
    consequenceComparison(user, filter),
    filter.loc.length > 0 ? db.location.findMany({ where: { id: { in: filter.loc } }, select: { name: true }, orderBy: { name: "asc" } }) : [],
  ]);
  return { filter, totals, previous, locations, categories, risks, consequences, locationNames: chosen.map((l) => l.name), now };
}
