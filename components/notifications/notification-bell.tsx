import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { UNREAD_CAP, unreadCount } from "@/lib/notifications/queries";

/** The header's bell: a link to the list with the unread count, read on every page load. */
export async function NotificationBell({ user }: { user: SessionUser }) {
  const [count, t] = await Promise.all([unreadCount(user), getTranslations("notifications")]);
  const shown = count > UNREAD_CAP ? `${UNREAD_CAP}+` : String(count);
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      aria-label={t("bell.unread", { count })}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span
          data-testid="unread-count"
          aria-hidden="true"
          className="absolute -right-2 -top-2 min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
