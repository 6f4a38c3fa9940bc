import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsequenceTable } from "@/components/dashboard/consequence-table";
import { PrintButton } from "@/components/dashboard/print-button";
import { SummaryTables } from "@/components/dashboard/summary-tables";
import { requireUser } from "@/lib/auth/guard";
import { filterToParams } from "@/lib/dashboard/filters";
import type { SearchParams } from "@/lib/dashboard/load";
import { periodDays } from "@/lib/dashboard/period-label";
import { loadSummary } from "@/lib/dashboard/summary";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.summary");

export default async function SummaryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("reports.export");
  const data = await loadSummary(user, await searchParams);
  const [t, td, format] = await Promise.all([getTranslations("dashboard.summary"), getTranslations("dashboard"), getFormatter()]);
  return (
    <article aria-labelledby="summary-title" className="summary mx-auto max-w-4xl">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/hr?${filterToParams(data.filter).toString()}`} className="text-sm font-medium text-brand-700 underline underline-offset-4"><span aria-hidden="true">← </span>{t("back")}</Link>
        <PrintButton label={t("print")} />
      </div>
      <h1 id="summary-title" className="mt-4 text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700" data-testid="summary-period">
        {t("subtitle", { ...periodDays(format, data.filter.period), date: format.dateTime(data.now, { dateStyle: "long" }) })}
      </p>
      <p className="text-sm text-slate-600" data-testid="summary-locations">
        {t("locations")}: {data.locationNames === null ? t("allLocations") : data.locationNames.join(", ") || "–"}
      </p>
      {data.invalid ? <p role="alert" className="text-sm text-amber-800 print:hidden">{td("invalidFilter")}</p> : null}
      <SummaryTables data={data} />
      <ConsequenceTable rows={data.consequences} />
    </article>
  );
}
