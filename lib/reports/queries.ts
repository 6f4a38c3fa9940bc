import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The person's own reports, newest first. The reporter is part of the query. */
export function listOwnReports(user: SessionUser, take = 50) {
  return db.refusalReport.findMany({
    where: { reporterId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, number: true, occurredAt: true, category: true, status: true, location: { select: { name: true } } },
  });
}
