import { getLocale, getTranslations } from "next-intl/server";
import { languageOf, LOCALES, type Locale } from "@/lib/i18n/locales";
import { LanguageSelect } from "./language-select";

export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations("common"), getLocale()]);
  const names = Object.fromEntries(LOCALES.map((code) => [code, t(`languages.${code}`)])) as Record<Locale, string>;
  return <LanguageSelect current={languageOf(locale)} label={t("language")} names={names} />;
}
