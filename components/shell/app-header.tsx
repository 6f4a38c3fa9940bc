import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

const NAV: { href: string; key: string; permission: Permission }[] = [
  { href: "/reports", key: "myReports", permission: "reports.file" },
  { href: "/review", key: "review", permission: "reports.review" },
  { href: "/review/appeals", key: "appeals", permission: "appeals.resolve" },
  { href: "/hr", key: "dashboard", permission: "dashboard.view" },
  { href: "/hr/reports", key: "reportList", permission: "dashboard.view" },
  { href: "/admin/users", key: "users", permission: "admin.users" },
];

export async function AppHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations("common");
  const links = NAV.filter((item) => can(user.role, item.permission));
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800">{t("appName")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm" data-testid="current-user">
            <span className="font-medium">{user.name}</span>{" "}
            <span className="text-slate-600">· {t(`roles.${user.role}`)}</span>
          </p>
          <NotificationBell user={user} />
          <LanguageSwitcher />
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
      {links.length > 1 ? (
        <nav aria-label={t("mainNav")} className="mx-auto max-w-6xl px-4 pb-2">
          <ul className="flex flex-wrap gap-4 text-sm">
            {links.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
