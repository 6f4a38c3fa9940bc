import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorTextProvider, type ErrorText } from "@/components/shell/error-text";
import { clientMessages } from "@/lib/i18n/client-messages";
import { withAppName } from "@/lib/i18n/metadata";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  // Pages set their own title (lib/i18n/metadata.ts); the app's name follows it.
  return { title: { default: t("appName"), template: withAppName("%s", t("appName")) } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// No NextIntlClientProvider here: it would put next-intl's client runtime on
// every page. Layouts whose pages use next-intl in Client Components add it
// (lib/i18n/client-messages.ts explains the other way).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, error, dbUnavailable] = await Promise.all([
    getLocale(),
    clientMessages<ErrorText["error"]>("common.error"),
    clientMessages<ErrorText["dbUnavailable"]>("common.dbUnavailable"),
  ]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-50 text-slate-900 antialiased">
        <ErrorTextProvider text={{ error, dbUnavailable }}>{children}</ErrorTextProvider>
      </body>
    </html>
  );
}
