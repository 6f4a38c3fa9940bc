"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

// Sections of the admin area; each page still checks its own permission.
const SECTIONS = [
  { href: "/admin/users", key: "users" },
  { href: "/admin/locations", key: "locations" },
  { href: "/admin/settings", key: "settings" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/jobs", key: "jobs" },
  { href: "/admin/reasons", key: "reasons" },
] as const;

export function AdminNav() {
  const t = useTranslations("admin.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1 text-sm">
        {SECTIONS.map((section) => {
          const active = pathname.startsWith(section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 font-medium ${active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"}`}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
