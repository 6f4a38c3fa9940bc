export const LOCALES = ["pl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "pl";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The tag next-intl and Intl format with, per language. English is written as
 * in Europe (27/11/2026, 18:30): the staff of a Polish company read US dates
 * (11/27/2026, 6:30 PM) wrongly. `getLocale()` returns this tag, so code that
 * picks text by language goes through `languageOf`.
 */
export const FORMAT_LOCALE: Record<Locale, string> = { pl: "pl", en: "en-GB" };

/** The language of a tag from `getLocale()` or `useLocale()`: "en-GB" is English. */
export function languageOf(tag: string): Locale {
  const language = tag.slice(0, 2).toLowerCase();
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.lang && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find(isLocale);
}
