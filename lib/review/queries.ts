import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { reviewableReportsWhere } from "@/lib/reports/access";

/** Report counts per status at the locations the person reviews. */
export async function countQueueByStatus(user: SessionUser): Promise<Partial<Record<ReportStatus, number>>> {
  const rows = await db.refusalReport.groupBy({ by: ["status"], where: reviewableReportsWhere(user), _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}
