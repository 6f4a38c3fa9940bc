import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isNotificationKind, kindsFor, reportPath, type NotificationData, type NotificationKind } from "./kinds";

/** Shown as "99+" above this; counting further buys nothing. */
export const UNREAD_CAP = 99;

/**
 * The bell's number: an index-only count on (userId, readAt, createdAt),
 * capped. Once per request: the header's bell and the notifications page ask
 * for it on the same render.
 */
export const unreadCount = cache(async function unreadCount(userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM "Notification" WHERE "userId" = ${userId}::uuid AND "readAt" IS NULL LIMIT ${UNREAD_CAP + 1}
    ) AS unread`;
  return row?.count ?? 0;
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

export async function listNotifications(user: { id: string; role: Role }, limit = 50): Promise<NotificationItem[]> {
  const rows = await db.notification.findMany({
    where: { userId: user.id },
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

/** E-mail on/off for each kind the person can receive (on unless they switched it off). */
export async function emailPreferences(user: { id: string; role: Role }): Promise<Partial<Record<NotificationKind, boolean>>> {
  const rows = await db.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, email: true } });
  const off = new Set(rows.filter((row) => !row.email).map((row) => row.kind));
  return Object.fromEntries(kindsFor(user.role).map((kind) => [kind, !off.has(kind)]));
}
