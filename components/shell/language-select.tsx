"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** The switcher's select; its text comes from LanguageSwitcher (no next-intl code in the browser). */
export function LanguageSelect({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={current}
        disabled={pending}
        onChange={(event) => {
          const locale = event.target.value as Locale;
          startTransition(async () => {
            await setLocale({ locale });
            router.refresh();
          });
        }}
        className="rounded-md border border-slate-400 bg-white px-2 py-1.5"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {names[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
