import { NextIntlClientProvider } from "next-intl";

/**
 * The layout of route segments whose Client Components call useTranslations().
 * Not in the root layout: pages without such components (e.g. /reports/new)
 * then ship no next-intl client code (lib/i18n/client-messages.ts).
 */
export function IntlClientLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
