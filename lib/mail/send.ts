import "server-only";
import { db } from "@/lib/db/client";
import { isNotificationKind, type NotificationData } from "@/lib/notifications/kinds";
import { readableReportsWhere } from "@/lib/reports/access";
import { composeMail } from "./compose";
import type { Mailer } from "./transport";

/**
 * One mail job: re-reads the notification and its recipient when it runs, so
 * a person deactivated, opted out or no longer allowed to read the report
 * since then (a supervisor taken off the location, a role changed) gets
 * nothing. Retries run for half an hour and an admin may retry a failed job
 * days later. A thrown error (SMTP down, mail refused) fails the job and
 * pg-boss retries it with backoff.
 */
export async function sendNotificationMail(mailer: Mailer, appUrl: string, notificationId: string): Promise<"sent" | "skipped"> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      kind: true,
      data: true,
      reportId: true,
      user: {
        select: { id: true, email: true, locale: true, role: true, active: true, supervisions: { select: { locationId: true } } },
      },
    },
  });
  if (!notification || !notification.user.active || !isNotificationKind(notification.kind)) return "skipped";
  const { user } = notification;
  if (notification.reportId) {
    const reader = { id: user.id, role: user.role, supervisedLocationIds: user.supervisions.map((s) => s.locationId) };
    const readable = await db.refusalReport.count({ where: { AND: [readableReportsWhere(reader), { id: notification.reportId }] } });
    if (readable === 0) return "skipped";
  }
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
