import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { readableReportsWhere } from "./access";

export const REPORT_STATUSES = [
  "SUBMITTED",
  "IN_REVIEW",
  "NEEDS_INFO",
  "JUSTIFIED",
  "NOT_JUSTIFIED",
  "APPEALED",
  "WITHDRAWN",
] as const satisfies readonly ReportStatus[];

export const OWN_REPORTS_PAGE_SIZE = 20;

/** ?status=&page= of My reports; anything unexpected falls back to the default. */
export const ownReportsQuerySchema = z.object({
  status: z.enum(REPORT_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type OwnReportsQuery = z.output<typeof ownReportsQuerySchema>;

/** The person's own reports, newest first, a page at a time. */
export async function listOwnReports(user: SessionUser, query: OwnReportsQuery = { page: 1 }) {
  const where = { AND: [readableReportsWhere(user), { reporterId: user.id }, query.status ? { status: query.status } : {}] };
  const pageOf = (page: number) =>
    db.refusalReport.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OWN_REPORTS_PAGE_SIZE,
      take: OWN_REPORTS_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        occurredAt: true,
        createdAt: true,
        category: true,
        status: true,
        narrative: true,
        location: { select: { name: true } },
      },
    });
  // Count and page together: the requested page is almost always there.
  const [total, reports] = await Promise.all([db.refusalReport.count({ where }), pageOf(query.page)]);
  const pages = Math.max(1, Math.ceil(total / OWN_REPORTS_PAGE_SIZE));
  // Past the end (an old link, a hand-edited ?page=): the last page, not
  // "You have no reports yet" next to a total that says otherwise.
  if (query.page > pages) return { reports: await pageOf(pages), total, page: pages, pages };
  return { reports, total, page: query.page, pages };
}

/** Locations the person may file for, for the form's choice (the session's list holds only open ones). */
export function fileableLocations(user: SessionUser) {
  return db.location.findMany({
    where: { id: { in: user.memberLocationIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
