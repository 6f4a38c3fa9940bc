import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { reviewableLocationIds } from "@/lib/reports/access";

/**
 * Report counts per status at the locations the person reviews, from the
 * per-location counters that triggers keep (ReportStatusCount): a few rows
 * per location instead of counting every report ever filed there.
 */
export async function countQueueByStatus(user: SessionUser): Promise<Partial<Record<ReportStatus, number>>> {
  const locations = reviewableLocationIds(user);
  const rows = await db.reportStatusCount.groupBy({
    by: ["status"],
    where: locations === null ? {} : { locationId: { in: locations } },
    _sum: { count: true },
  });
  return Object.fromEntries(rows.filter((row) => row._sum.count).map((row) => [row.status, row._sum.count]));
}
