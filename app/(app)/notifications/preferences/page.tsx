import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireUser } from "@/lib/auth/guard";
import { emailPreferences } from "@/lib/notifications/queries";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("notifications", "preferences.title");

export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  const [preferences, t] = await Promise.all([emailPreferences(user), getTranslations("notifications")]);
  return (
    <section aria-labelledby="preferences-title" className="max-w-2xl">
      <h1 id="preferences-title" className="text-2xl font-semibold">{t("preferences.title")}</h1>
      <PreferencesForm initial={preferences} />
      <Link href="/notifications" className="mt-4 inline-block text-sm font-medium text-brand-700 underline underline-offset-4">
        {t("preferences.back")}
      </Link>
    </section>
  );
}
