import "server-only";
import { db } from "@/lib/db/client";
import { isNotificationKind, type NotificationData } from "@/lib/notifications/kinds";
import { composeMail } from "./compose";
import type { Mailer } from "./transport";

/**
 * One mail job: re-reads the notification and its recipient when it runs, so
 * a person deactivated or opted out since then gets nothing. A thrown error
 * (SMTP down, mail refused) fails the job and pg-boss retries it with backoff.
 */
export async function sendNotificationMail(mailer: Mailer, appUrl: string, notificationId: string): Promise<"sent" | "skipped"> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: { kind: true, data: true, user: { select: { id: true, email: true, locale: true, role: true, active: true } } },
  });
  if (!notification || !notification.user.active || !isNotificationKind(notification.kind)) return "skipped";
  const optedOut = await db.notificationPreference.findUnique({
    where: { userId_kind: { userId: notification.user.id, kind: notification.kind } },
    select: { email: true },
  });
  if (optedOut?.email === false) return "skipped";
  const data = (notification.data ?? {}) as Partial<NotificationData>;
  await mailer.send(
    composeMail(
      {
        kind: notification.kind,
        to: notification.user.email,
        locale: notification.user.locale,
        role: notification.user.role,
        number: data.number ?? "",
        category: data.category ?? "OTHER",
        locationName: data.locationName ?? "",
      },
      appUrl,
    ),
  );
  return "sent";
}
