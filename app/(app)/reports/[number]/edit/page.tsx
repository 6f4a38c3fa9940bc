import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { valuesFromReport } from "@/components/reports/form-values";
import { ReportForm } from "@/components/reports/report-form";
import { reportFormText } from "@/components/reports/report-form-text";
import { TextWithReportNumber } from "@/components/reports/report-number-text";
import { requireUser } from "@/lib/auth/guard";
import { getReportByNumber } from "@/lib/reports/detail";
import { fileableLocations } from "@/lib/reports/queries";
import { reporterMayChange } from "@/lib/reports/transitions";
import { reportPageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = reportPageTitle("reports.form", "editTitle");

export default async function EditReportPage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser("reports.file");
  const { number } = await params;
  const report = await getReportByNumber(user, number);
  // Only the reporter corrects, and only before anyone claimed the report.
  if (!report || report.reporterId !== user.id || !reporterMayChange(report)) notFound();
  const [fileable, t, text] = await Promise.all([fileableLocations(user), getTranslations("reports.form"), reportFormText()]);
  // The report stays where it was filed unless the person moves it: its own
  // location is offered even if it was archived or they left it since.
  const locations = fileable.some((location) => location.id === report.locationId)
    ? fileable
    : [{ id: report.locationId, name: report.location.name }, ...fileable];
  return (
    <section aria-labelledby="edit-report" className="flex max-w-3xl flex-col gap-3">
      <h1 id="edit-report" className="text-2xl font-semibold"><TextWithReportNumber text={t("editTitle", { number: report.number })} number={report.number} /></h1>
      <ReportForm
        userId={user.id}
        locations={locations}
        mode={{
          kind: "edit",
          reportId: report.id,
          version: report.version,
          number: report.number,
          values: valuesFromReport(report),
          customerDescriptionRemoved: Boolean(report.customerDescriptionRedactedAt),
        }}
        text={text}
      />
    </section>
  );
}
