import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ResolvedFilter } from "./filters";
import { dashboardLocationScope, reportFilterWhere } from "./where";

// The HR report list: the dashboard's filter, newest first, keyset pages
// (a cursor of createdAt and id in the URL), so page 500 costs what page 1 does.

export const LIST_PAGE_SIZE = 50;

// The id is checked as a UUID, not by its characters: "…_" and 36 dashes
// reached PostgreSQL as an invalid uuid, an error page instead of page one.
const cursorSchema = z
  .string()
  .transform((value) => value.split("_"))
  .pipe(z.tuple([z.string().regex(/^\d{13}$/), z.uuid()]))
  .transform(([at, id]) => ({ createdAt: new Date(Number(at)), id }));

export const encodeCursor = (row: { createdAt: Date; id: string }) => `${row.createdAt.getTime()}_${row.id}`;

export function parseCursor(value: unknown) {
  const parsed = cursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function listReports(user: SessionUser, filter: ResolvedFilter, cursor: { createdAt: Date; id: string } | null, take = LIST_PAGE_SIZE) {
  const where: Prisma.RefusalReportWhereInput = cursor
    ? {
        AND: [
          reportFilterWhere(user, filter),
          { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] },
        ],
      }
    : reportFilterWhere(user, filter);
  const [rows, total] = await Promise.all([
    db.refusalReport.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: take + 1,
      select: {
        id: true,
        number: true,
        createdAt: true,
        occurredAt: true,
        category: true,
        status: true,
        legalRisk: true,
        injury: true,
        policeCalled: true,
        location: { select: { name: true, code: true } },
        reporter: { select: { name: true } },
      },
    }),
    db.refusalReport.count({ where: reportFilterWhere(user, filter) }),
  ]);
  const page = rows.slice(0, take);
  return { rows: page, total, next: rows.length > take ? encodeCursor(page[page.length - 1]) : null };
}

/** One report for the read-only HR detail: within the dashboard scope (a supervisor's locations, or all). */
export async function findListedReport(user: SessionUser, number: string) {
  const scope = dashboardLocationScope(user);
  return db.refusalReport.findFirst({
    // Their own report wherever it was filed: the page sends them to its reporter's view.
    where: { number, ...(scope ? { OR: [{ locationId: { in: scope } }, { reporterId: user.id }] } : {}) },
    select: { id: true, number: true, occurredAt: true, reporterId: true },
  });
}
