import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, LOCALES, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { LanguageSelect } from "./language-select";

export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  const names = Object.fromEntries(LOCALES.map((code) => [code, t(`languages.${code}`)])) as Record<Locale, string>;
  return <LanguageSelect current={isLocale(locale) ? locale : DEFAULT_LOCALE} label={t("language")} names={names} />;
}
