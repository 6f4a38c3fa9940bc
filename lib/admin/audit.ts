import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { flattenAuditData, idsIn, readableExportFilter } from "@/lib/audit/details";
import { dayBounds } from "@/lib/dashboard/dates";
import { isUuid } from "@/lib/validation/ids";
import type { AuditFilter } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Newest first, keyset-paged on the id (monotonic with insertion), so a page
 * never skips or repeats events while new ones arrive.
 */
export async function listAuditEvents(filter: AuditFilter, pageSize = AUDIT_PAGE_SIZE) {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = dayBounds(filter.from).start;
  if (filter.to) createdAt.lt = dayBounds(filter.to).end;
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.actor ? { actorId: filter.actor } : {}),
    // One action, as the filter's select offers them. A prefix (LIKE) could use no index and
    // read every event: 0.4–0.5 s at 2.9 M events for an action seldom recorded; equal, under 1 ms.
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
    ...(filter.before ? { id: { lt: BigInt(filter.before) } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: pageSize + 1 });
  const page = rows.slice(0, pageSize);
  const present = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  // Entity ids are text (an export's is its file name): only uuids are looked up in uuid columns.
  const entitiesOf = (type: string) => present(page.map((row) => (row.entityType === type && isUuid(row.entityId) ? row.entityId : null)));
  const reportIds = present(page.map((row) => row.reportId));
  const details = new Map(
    page.map((row) => [row.id, flattenAuditData(row.action.startsWith("export.") ? readableExportFilter(row.data) : row.data)]),
  );
  const allDetails = [...details.values()].flat();
  // Ids in the details name people (a holder, a location's supervisors) or locations: both are looked up.
  const detailIds = idsIn(allDetails);
  const userIds = present([...page.map((row) => row.actorId), ...entitiesOf("User"), ...detailIds]);
  const reasonCodes = present(allDetails.map((detail) => (detail.path.at(-1) === "reasonCode" && typeof detail.value === "string" ? detail.value : null)));
  // Names and numbers for the page's rows, a query each: what the person reads instead of ids.
  const [users, reports, locations, reasons] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.refusalReport.findMany({ where: { id: { in: reportIds } }, select: { id: true, number: true } }),
    db.location.findMany({ where: { id: { in: [...detailIds, ...entitiesOf("Location")] } }, select: { id: true, name: true } }),
    db.decisionReason.findMany({
      where: { OR: [{ code: { in: reasonCodes } }, { id: { in: entitiesOf("decision_reason") } }] },
      select: { id: true, code: true, labelPl: true, labelEn: true },
    }),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const numbers = new Map(reports.map((report) => [report.id, report.number]));
  const locationNames = new Map(locations.map((location) => [location.id, location.name]));
  const reasonCodeOf = new Map(reasons.map((reason) => [reason.id, reason.code]));
  // What the event is about, by name where it has one (the report's number is its own column).
  const entityName = (type: string, id: string) =>
    type === "User" ? names.get(id) : type === "Location" ? locationNames.get(id) : type === "decision_reason" ? reasonCodeOf.get(id) : type === "export" ? id : undefined;
  return {
    events: page.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      entityName: entityName(row.entityType, row.entityId) ?? null,
      reportId: row.reportId,
      reportNumber: row.reportId ? (numbers.get(row.reportId) ?? null) : null,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      reason: row.reason,
      details: details.get(row.id) ?? [],
    })),
    /**
     * People and locations by id, for the page's details (a user's locations
     * before and after an edit, a location's supervisors, a report's holder).
     * Random uuids: a person's and a location's never collide.
     */
    namesById: Object.fromEntries([...locationNames, ...names]),
    /** Decision reasons named by code in the page's details, in both languages. */
    reasonLabels: Object.fromEntries(reasons.map((reason) => [reason.code, { pl: reason.labelPl, en: reason.labelEn }])),
    nextBefore: rows.length > pageSize ? page[page.length - 1].id.toString() : null,
  };
}

/**
 * Choices for the filter form: the distinct action names, and the people who
 * acted. In SQL, not Prisma's `distinct`, which reads every row and dedupes in
 * Node: millions of audit events on each visit. The actions walk the
 * (action, createdAt) index from one name to the next (a few dozen probes);
 * the actors are the users with at least one event, a probe each of the
 * (actorId, createdAt) index.
 */
export async function auditFilterOptions() {
  const [actions, actors] = await Promise.all([
    db.$queryRaw<{ action: string }[]>`
      with recursive names as (
        (select "action" from "AuditEvent" order by "action" limit 1)
        union all
        select (select a."action" from "AuditEvent" a where a."action" > names."action" order by a."action" limit 1)
        from names where names."action" is not null
      )
      select "action" from names where "action" is not null order by "action"`,
    db.$queryRaw<{ id: string; name: string }[]>`
      select u."id"::text as "id", u."name" from "User" u
      where exists (select 1 from "AuditEvent" a where a."actorId" = u."id")
      order by u."name", u."id"`,
  ]);
  return { actions: actions.map((a) => a.action), actors };
}
