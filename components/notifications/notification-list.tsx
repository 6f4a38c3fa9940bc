import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { markNotificationRead } from "@/lib/notifications/actions";
import type { NotificationItem } from "@/lib/notifications/queries";

export async function NotificationList({ items }: { items: NotificationItem[] }) {
  const [t, common, format] = await Promise.all([getTranslations("notifications"), getTranslations("common"), getFormatter()]);
  if (!items.length) return <p className="mt-4 text-slate-700">{t("empty")}</p>;
  return (
    <ul className="mt-4 divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200" data-testid="notification-list">
      {items.map((item) => {
        const category = common.has(`category.${item.category}`) ? common(`category.${item.category}`) : item.category;
        return (
          <li key={item.id} className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-3 ${item.readAt ? "" : "bg-brand-50"}`} data-unread={item.readAt ? undefined : "true"}>
            <div className="min-w-0 flex-1">
              <p className="text-sm">
                {item.readAt ? null : <span className="mr-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">{t("unread")}</span>}
                {t(`text.${item.kind}`, { number: item.number, category, location: item.locationName })}
              </p>
              <p className="mt-1 flex flex-wrap gap-3 text-sm">
                <time dateTime={item.createdAt.toISOString()} className="text-slate-600">
                  {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <Link id={`open-${item.id}`} href={item.href} className="font-medium text-brand-700 underline underline-offset-4">
                  {t("open", { number: item.number })}
                </Link>
              </p>
            </div>
            {item.readAt ? null : (
              <ActionButton
                action={markNotificationRead}
                input={{ id: item.id }}
                label={t("markRead")}
                name={t("markReadOf", { number: item.number })}
                failedLabel={t("failed")}
                sessionEndedLabel={t("sessionEnded")}
                done={t("markedRead")}
                focusAfter={`open-${item.id}`}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
