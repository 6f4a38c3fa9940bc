import "server-only";
import { cache } from "react";
import { dayBounds } from "@/lib/dashboard/dates";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { reviewableLocationIds, reviewableReportsWhere } from "@/lib/reports/access";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { AWAITING_REVIEW, reviewDeadlineCutoff, reviewDeadlineHours, waitingForReviewSince, waitingSinceBefore } from "./deadline";
import { OPEN_STATUSES, type QueueFilters } from "./queue-filters";

export const PAGE_SIZE = 25;

/** Statuses in which a report waits for a reviewer: a first review, or an appeal's ruling. */
const WAITING_FOR_REVIEWER: readonly ReportStatus[] = [...AWAITING_REVIEW, "APPEALED"];

const ROW_FIELDS = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  reopenedAt: true,
  occurredAt: true,
  category: true,
  legalRisk: true,
  injury: true,
  policeCalled: true,
  reporterId: true,
  location: { select: { id: true, code: true, name: true } },
  reporter: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.RefusalReportSelect;

export type QueueRow = Prisma.RefusalReportGetPayload<{ select: typeof ROW_FIELDS }> & {
  /** Since when it waits for a reviewer: the filing, its last reopening, or for an appealed report the appeal. */
  waitingSince: Date;
  overdue: boolean;
};

/**
 * The locations whose reports the person reviews (all of them for admins).
 * Read once per request: the queue page lists them and the queue scopes by them.
 */
export const reviewLocations = cache(async (user: SessionUser) =>
  db.location.findMany({
    where: user.role === "ADMIN" ? {} : { id: { in: user.supervisedLocationIds } },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  }),
);

/**
 * One page of the queue, by keyset: for every (location, status) pair an
 * index range scan on (locationId, status, sortKey, id) that starts after the
 * cursor and stops after one page, then the pairs' pages merged. The work per
 * page is bounded by pairs × page size however many reports exist, where
 * OFFSET or a sort over the whole scope would grow with the table.
 * The P2 benchmark runs the same SQL directly as its baseline
 * (scripts/bench/sql.ts, queuePageSql and queueRowsSql): change both together.
 */
export async function listQueue(user: SessionUser, filters: QueueFilters, now = new Date()) {
  const scope = (await reviewLocations(user)).map((location) => location.id);
  const locationIds = filters.location ? scope.filter((id) => id === filters.location) : scope;
  const statuses: readonly ReportStatus[] = filters.status ? [filters.status] : OPEN_STATUSES;
  const byOccurrence = filters.sort === "occurred";
  const cursor = decodeCursor(filters.cursor);
  const take = PAGE_SIZE + 1;

  let ids: string[] = [];
  if (locationIds.length > 0) {
    const column = Prisma.raw(byOccurrence ? `"occurredAt"` : `"createdAt"`);
    const direction = Prisma.raw(byOccurrence ? "DESC" : "ASC");
    const conditions: Prisma.Sql[] = [Prisma.sql`r."locationId" = l.id`, Prisma.sql`r."status" = s.status`];
    if (filters.category) conditions.push(Prisma.sql`r."category" = ${filters.category}::"ReportCategory"`);
    if (filters.employee) conditions.push(Prisma.sql`r."reporterId" = ${filters.employee}::uuid`);
    if (filters.mine) conditions.push(Prisma.sql`r."assigneeId" = ${user.id}::uuid`);
    if (filters.from) conditions.push(Prisma.sql`r."occurredAt" >= ${dayBounds(filters.from).start.toISOString()}::timestamp(3)`);
    if (filters.to) conditions.push(Prisma.sql`r."occurredAt" < ${dayBounds(filters.to).end.toISOString()}::timestamp(3)`);
    if (cursor) {
      const after = Prisma.sql`(${cursor.at.toISOString()}::timestamp(3), ${cursor.id}::uuid)`;
      conditions.push(byOccurrence ? Prisma.sql`(r.${column}, r."id") < ${after}` : Prisma.sql`(r.${column}, r."id") > ${after}`);
    }
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT page.id FROM unnest(${locationIds}::uuid[]) AS l(id)
      CROSS JOIN unnest(${statuses}::"ReportStatus"[]) AS s(status)
      CROSS JOIN LATERAL (
        SELECT r."id", r.${column} AS key FROM "RefusalReport" r
        WHERE ${Prisma.join(conditions, " AND ")}
        ORDER BY r.${column} ${direction}, r."id" ${direction}
        LIMIT ${take}
      ) AS page
      ORDER BY page.key ${direction}, page.id ${direction}
      LIMIT ${take}`;
    ids = rows.map((row) => row.id);
  }

  const found = await db.refusalReport.findMany({
    where: { AND: [reviewableReportsWhere(user), { id: { in: ids } }] },
    select: ROW_FIELDS,
  });
  const byId = new Map(found.map((row) => [row.id, row]));
  const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const page = ordered.slice(0, PAGE_SIZE);
  const last = page[page.length - 1];
  const cutoff = reviewDeadlineCutoff(await reviewDeadlineHours(), now);
  // An appeal waits from when it was made, not from the filing, as on the
  // appeals page; looked up only when the page shows appealed reports.
  const appealed = page.filter((row) => row.status === "APPEALED").map((row) => row.id);
  const appealedAt = new Map(
    appealed.length === 0
      ? []
      : (await db.appeal.findMany({ where: { reportId: { in: appealed } }, select: { reportId: true, createdAt: true } })).map((appeal) => [appeal.reportId, appeal.createdAt]),
  );
  return {
    rows: page.map((row) => {
      const waitingSince = appealedAt.get(row.id) ?? waitingForReviewSince(row);
      return { ...row, waitingSince, overdue: WAITING_FOR_REVIEWER.includes(row.status) && waitingSince < cutoff };
    }) satisfies QueueRow[],
    nextCursor:
      ordered.length > PAGE_SIZE && last
        ? encodeCursor({ at: byOccurrence ? last.occurredAt : last.createdAt, id: last.id })
        : null,
  };
}

/**
 * Overdue reports in the person's scope, the queue's marks counted: waiting
 * longer than the review deadline for a first review, or for an appeal's
 * ruling since the appeal.
 */
export async function countOverdue(user: SessionUser, now = new Date()) {
  const cutoff = reviewDeadlineCutoff(await reviewDeadlineHours(), now);
  return db.refusalReport.count({
    where: {
      AND: [
        reviewableReportsWhere(user),
        {
          OR: [
            { status: { in: [...AWAITING_REVIEW] }, ...waitingSinceBefore(cutoff) },
            { status: "APPEALED", appeals: { some: { createdAt: { lt: cutoff } } } },
          ],
        },
      ],
    },
  });
}

/**
 * People who work at the locations the person reviews, for the employee
 * filter. Read from memberships, not from the reports: finding who ever filed
 * at three busy shops meant reading every report they hold (seconds at a
 * million reports, see the P2 benchmark).
 */
export function queueEmployees(user: SessionUser) {
  const locations = reviewableLocationIds(user);
  return db.user.findMany({
    where: {
      role: { in: ["EMPLOYEE", "SUPERVISOR"] },
      memberships: { some: locations === null ? {} : { locationId: { in: locations } } },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 500,
  });
}
