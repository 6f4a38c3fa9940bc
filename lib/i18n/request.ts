import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, FORMAT_LOCALE, LOCALE_COOKIE, isLocale, localeFromAcceptLanguage } from "./locales";
import { loadMessages } from "./messages";

// Locale: the person's explicit choice (cookie), then the browser, then Polish.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : (localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE);
  return { locale: FORMAT_LOCALE[locale], messages: await loadMessages(locale), timeZone: "Europe/Warsaw" };
});
