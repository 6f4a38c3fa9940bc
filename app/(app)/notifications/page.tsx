import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/guard";
import { markAllNotificationsRead } from "@/lib/notifications/actions";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("notifications");

export default async function NotificationsPage() {
  const user = await requireUser();
  const [items, unread, t] = await Promise.all([listNotifications(user), unreadCount(user), getTranslations("notifications")]);
  return (
    <section aria-labelledby="notifications-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-title" className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          {/* By the count, not the items shown: unread ones older than the newest 50 must be clearable too. */}
          {unread > 0 ? (
            <ActionButton action={markAllNotificationsRead} input={{}} label={t("markAllRead")} failedLabel={t("failed")} />
          ) : null}
          <Link href="/notifications/preferences" className="text-sm font-medium text-brand-700 underline underline-offset-4">
            {t("preferencesLink")}
          </Link>
        </div>
      </div>
      <NotificationList items={items} />
    </section>
  );
}
