import "server-only";
import { db } from "@/lib/db/client";
import { visibleNotificationsWhere, type Reader } from "./queries";
import type { PreferencesInput } from "./schemas";

// Every write is scoped to the person's own rows in the query itself.

export async function markRead(userId: string, id: string) {
  const { count } = await db.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return { updated: count };
}

/** The ones the person can see: a notification hidden since they lost access stays unread for when they get it back. */
export async function markAllRead(user: Reader) {
  const { count } = await db.notification.updateMany({ where: { ...visibleNotificationsWhere(user), readAt: null }, data: { readAt: new Date() } });
  return { updated: count };
}

export async function saveEmailPreferences(userId: string, input: PreferencesInput) {
  const entries = Object.entries(input.email).filter((entry): entry is [string, boolean] => typeof entry[1] === "boolean");
  await db.$transaction(
    entries.map(([kind, email]) =>
      db.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, email }, update: { email } }),
    ),
  );
  return { saved: entries.length };
}
