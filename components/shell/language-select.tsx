"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

// Set when the person changes the language, read once the page has been
// drawn in the new one: the refreshed page may draw a new select, and the
// focus must come back to it, not fall to the top of the page.
const REFOCUS_KEY = "refusal-desk:language-select-focus";

/** The switcher's select; its text comes from LanguageSwitcher (no next-intl code in the browser). */
export function LanguageSelect({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (sessionStorage.getItem(REFOCUS_KEY) !== current) return;
    sessionStorage.removeItem(REFOCUS_KEY);
    select.current?.focus();
  }, [current]);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      {/* Busy, not disabled, while the page changes language: disabling the
          focused select would drop the focus too. */}
      <select
        ref={select}
        value={current}
        aria-busy={pending}
        onChange={(event) => {
          const locale = event.target.value as Locale;
          sessionStorage.setItem(REFOCUS_KEY, locale);
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
