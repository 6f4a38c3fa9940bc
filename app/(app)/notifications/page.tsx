import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/guard";
import { markAllNotificationsRead } from "@/lib/notifications/actions";
import { notificationsPage, unreadCount } from "@/lib/notifications/queries";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("notifications");

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const user = await requireUser();
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after : undefined;
  const [{ items, next }, unread, t] = await Promise.all([notificationsPage(user, cursor), unreadCount(user), getTranslations("notifications")]);
  return (
    <section aria-labelledby="notifications-title">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-title" className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          {/* By the count, not the items shown: unread ones on older pages must be clearable too. */}
          {unread > 0 ? (
            <ActionButton action={markAllNotificationsRead} input={{}} label={t("markAllRead")} failedLabel={t("failed")} sessionEndedLabel={t("sessionEnded")} done={t("markedAllRead")} />
          ) : null}
          <Link href="/notifications/preferences" className="text-sm font-medium text-brand-700 underline underline-offset-4">
            {t("preferencesLink")}
          </Link>
        </div>
      </div>
      <NotificationList items={items} />
      <nav aria-label={t("pages")} className="mt-4 flex gap-4 text-sm">
        {cursor ? <Link href="/notifications" className="font-medium text-brand-700 underline underline-offset-4">{t("newest")}</Link> : null}
        {next ? (
          <Link href={`/notifications?after=${next}`} className="font-medium text-brand-700 underline underline-offset-4">{t("older")}</Link>
        ) : null}
      </nav>
    </section>
  );
}
