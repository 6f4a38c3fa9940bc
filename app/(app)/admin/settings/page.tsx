import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { getOrgSettings } from "@/lib/admin/settings";
import { requireUser } from "@/lib/auth/guard";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("admin.settings");

export default async function SettingsPage() {
  await requireUser("admin.settings");
  const [settings, t] = await Promise.all([getOrgSettings(), getTranslations("admin.settings")]);
  return (
    <section aria-labelledby="settings-title" className="flex flex-col gap-4">
      <div>
        <h1 id="settings-title" className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <SettingsForm initial={{ reviewDeadlineHours: settings.reviewDeadlineHours, retentionMonths: settings.retentionMonths }} />
      </div>
    </section>
  );
}
