import { getTranslations } from "next-intl/server";
import { GuidancePanel } from "@/components/reports/guidance-panel";
import { ReportForm } from "@/components/reports/report-form";
import { reportFormText } from "@/components/reports/report-form-text";
import { requireUser } from "@/lib/auth/guard";
import { fileableLocations } from "@/lib/reports/queries";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("reports.form");

export default async function NewReportPage() {
  const user = await requireUser("reports.file");
  const [locations, t, text] = await Promise.all([fileableLocations(user), getTranslations("reports.form"), reportFormText()]);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="new-report" className="flex flex-col gap-3">
        <h1 id="new-report" className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
        <div className="lg:hidden">
          <GuidancePanel collapsible />
        </div>
        {locations.length > 0 ? (
          <ReportForm userId={user.id} locations={locations} mode={{ kind: "new" }} text={text} />
        ) : (
          // No location to file at (an account created by single sign-on, or its locations archived): say so before any typing.
          <p role="alert" className="rounded-lg bg-amber-50 p-4 text-amber-900 ring-1 ring-amber-200" data-testid="no-locations">{t("noLocations")}</p>
        )}
      </section>
      <div className="hidden lg:block">
        <GuidancePanel />
      </div>
    </div>
  );
}
