import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChartsSection } from "@/components/dashboard/charts-section";
import { ConsequenceTable } from "@/components/dashboard/consequence-table";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { ReviewerTable } from "@/components/dashboard/reviewer-table";
import { RiskPanel } from "@/components/dashboard/risk-panel";
import { TimesPanel } from "@/components/dashboard/times-panel";
import { TotalsCards } from "@/components/dashboard/totals-cards";
import { ExportForm } from "@/components/exports/export-form";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { filterToParams } from "@/lib/dashboard/filters";
import { loadDashboard, type SearchParams } from "@/lib/dashboard/load";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.view");
  const [data, t] = await Promise.all([loadDashboard(user, await searchParams), getTranslations("dashboard")]);
  const query = filterToParams(data.filter).toString();
  return (
    <section aria-labelledby="dashboard">
      <h1 id="dashboard" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">
        {can(user.role, "reports.readAll") ? t("scopeAll") : t("scopeSupervised")} ·{" "}
        <span data-testid="period">{t("periodLabel", { from: data.filter.period.fromDay, to: data.filter.period.toDay })}</span>
      </p>
      {data.invalid ? <p role="alert" className="mt-2 text-sm text-amber-800">{t("invalidFilter")}</p> : null}
      <FilterBar action="/hr" filter={data.filter} locations={data.locations} />
      <TotalsCards totals={data.totals} previous={data.previous} deadlineHours={data.deadlineHours} />
      <p className="mt-3">
        <Link href={`/hr/reports?${query}`} className="font-medium text-brand-700 underline-offset-4 hover:underline">
          {t("list.open", { count: data.totals.reports })}
        </Link>
      </p>
      <TimesPanel totals={data.totals} />
      <ChartsSection
        weekly={data.weekly}
        outcomes={data.outcomes}
        locations={data.perLocation}
        moreLocations={data.moreLocations}
        trend={data.trend}
      />
      <ReviewerTable rows={data.reviewers.rows} total={data.reviewers.total} showAllHref={`/hr?${query}&reviewers=all#reviewers-title`} />
      <RiskPanel risks={data.risks} reportHref={(number) => `/hr/reports/${encodeURIComponent(number)}`} />
      <ConsequenceTable rows={data.consequences} />
      {can(user.role, "reports.export") ? <ExportForm filter={data.filter} summaryHref={`/hr/summary?${query}`} /> : null}
    </section>
  );
}
