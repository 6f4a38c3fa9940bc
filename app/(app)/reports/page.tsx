import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { listOwnReports } from "@/lib/reports/queries";

export default async function MyReportsPage() {
  const user = await requireUser("reports.file");
  const [reports, t, format] = await Promise.all([listOwnReports(user), getTranslations("common"), getFormatter()]);
  return (
    <section aria-labelledby="my-reports">
      <h1 id="my-reports" className="text-2xl font-semibold">{t("nav.myReports")}</h1>
      <ul className="mt-4 divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
        {reports.map((report) => (
          <li key={report.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <span className="font-mono text-sm">{report.number}</span>
            <span className="text-sm">{t(`category.${report.category}`)}</span>
            <span className="text-sm text-slate-600">{format.dateTime(report.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium">{t(`status.${report.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
