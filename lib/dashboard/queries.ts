import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** Locations whose data the person may see on dashboards: all, or supervised. */
export function dashboardLocationFilter(user: SessionUser) {
  return user.role === "HR" || user.role === "ADMIN" ? {} : { locationId: { in: user.supervisedLocationIds } };
}

export async function reportTotals(user: SessionUser) {
  const where = dashboardLocationFilter(user);
  const [reports, justified, notJustified] = await Promise.all([
    db.refusalReport.count({ where }),
    db.refusalReport.count({ where: { ...where, status: "JUSTIFIED" } }),
    db.refusalReport.count({ where: { ...where, status: "NOT_JUSTIFIED" } }),
  ]);
  return { reports, justified, notJustified };
}
