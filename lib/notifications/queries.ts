import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor, type Cursor } from "@/lib/pagination/cursor";
import { readableReportsWhere } from "@/lib/reports/access";
import { isNotificationKind, kindsFor, NOTIFICATION_KINDS, reportPath, type NotificationData, type NotificationKind } from "./kinds";

/** Shown as "99+" above this; counting further buys nothing. */
export const UNREAD_CAP = 99;

export type Reader = Pick<SessionUser, "id" | "role" | "supervisedLocationIds">;

/**
 * A person's notifications that are theirs to see now: about a report only
 * while they may still read it (readableReportsWhere), so a supervisor taken
 * off a location, or made an employee, no longer sees its reports' numbers,
 * categories and locations in their list. HR and admins read every report.
 */
export function visibleNotificationsWhere(user: Reader): Prisma.NotificationWhereInput {
  if (user.role === "HR" || user.role === "ADMIN") return { userId: user.id };
  return { userId: user.id, OR: [{ reportId: null }, { report: readableReportsWhere(user) }] };
}

/**
 * The bell's number, capped: unread on (userId, readAt, createdAt), each
 * checked against the report by its key. Once per request: the header's bell
 * and the notifications page ask for it on the same render, with the same
 * session user.
 */
export const unreadCount = cache(async function unreadCount(user: Reader): Promise<number> {
  return db.notification.count({ where: { ...visibleNotificationsWhere(user), readAt: null }, take: UNREAD_CAP + 1 });
});

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  number: string;
  category: string;
  locationName: string;
  href: string;
  createdAt: Date;
  readAt: Date | null;
}

export const NOTIFICATIONS_PAGE_SIZE = 50;

/** Newest first; after `before` (the last one of the page before), when given. */
export async function listNotifications(
  user: Reader,
  { limit = NOTIFICATIONS_PAGE_SIZE, before }: { limit?: number; before?: Cursor | null } = {},
): Promise<NotificationItem[]> {
  const older: Prisma.NotificationWhereInput = before
    ? { OR: [{ createdAt: { lt: before.at } }, { createdAt: before.at, id: { lt: before.id } }] }
    : {};
  const rows = await db.notification.findMany({
    // Kinds this code can show, in the query: rows dropped after `take` would cut a page short and hide the next.
    where: { AND: [visibleNotificationsWhere(user), older, { kind: { in: [...NOTIFICATION_KINDS] } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, data: true, createdAt: true, readAt: true },
  });
  return rows.flatMap((row) => {
    if (!isNotificationKind(row.kind)) return [];
    const data = (row.data ?? {}) as Partial<NotificationData>;
    const number = data.number ?? "";
    return [{
      id: row.id,
      kind: row.kind,
      number,
      category: data.category ?? "OTHER",
      locationName: data.locationName ?? "",
      href: reportPath(row.kind, user.role, number),
      createdAt: row.createdAt,
      readAt: row.readAt,
    }];
  });
}

/**
 * One page of the list, by keyset on (createdAt, id) as its index orders them:
 * `after` is the opaque cursor of the page before ("Older notifications"), a
 * damaged one the first page.
 */
export async function notificationsPage(user: Reader, after?: string) {
  const items = await listNotifications(user, { limit: NOTIFICATIONS_PAGE_SIZE + 1, before: decodeCursor(after) });
  const page = items.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = page[page.length - 1];
  return { items: page, next: items.length > NOTIFICATIONS_PAGE_SIZE && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}

/** E-mail on/off for each kind the person can receive (on unless they switched it off). */
export async function emailPreferences(user: { id: string; role: Role }): Promise<Partial<Record<NotificationKind, boolean>>> {
  const rows = await db.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, email: true } });
  const off = new Set(rows.filter((row) => !row.email).map((row) => row.kind));
  return Object.fromEntries(kindsFor(user.role).map((kind) => [kind, !off.has(kind)]));
}
