import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ChartsSection } from "@/components/dashboard/charts-section";
import { ConsequenceTable } from "@/components/dashboard/consequence-table";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { InvalidFilter } from "@/components/dashboard/invalid-filter";
import { ReviewerTable } from "@/components/dashboard/reviewer-table";
import { RiskPanel } from "@/components/dashboard/risk-panel";
import { SectionPending } from "@/components/dashboard/section-pending";
import { TimesPanel } from "@/components/dashboard/times-panel";
import { TotalsCards } from "@/components/dashboard/totals-cards";
import { ExportForm } from "@/components/exports/export-form";
import { NoReviewScope } from "@/components/review/no-review-scope";
import { Await } from "@/components/ui/await";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { filterToParams } from "@/lib/dashboard/filters";
import { loadDashboard, type SearchParams } from "@/lib/dashboard/load";
import { periodDays } from "@/lib/dashboard/period-label";
import { pageTitle } from "@/lib/i18n/metadata";
import { reviewsNoLocation } from "@/lib/reports/access";

export const generateMetadata = pageTitle("dashboard");

// Each section streams in as its queries finish (loadDashboard asks for them all at once).
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.view");
  if (reviewsNoLocation(user)) {
    const t = await getTranslations("dashboard");
    return (
      <section aria-labelledby="dashboard">
        <h1 id="dashboard" className="text-2xl font-semibold">{t("title")}</h1>
        <NoReviewScope />
      </section>
    );
  }
  const [data, t, format] = await Promise.all([loadDashboard(user, await searchParams), getTranslations("dashboard"), getFormatter()]);
  const locations = await data.locations;
  const query = filterToParams(data.filter).toString();
  // The locations the figures cover: the chosen ones by name, else the person's scope.
  const chosen = locations.filter((location) => data.filter.loc.includes(location.id)).map((location) => location.name);
  const pending = <SectionPending label={t("pending")} />;
  return (
    <section aria-labelledby="dashboard">
      <h1 id="dashboard" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">
        {chosen.length > 0 ? chosen.join(", ") : can(user.role, "reports.readAll") ? t("scopeAll") : t("scopeSupervised")} ·{" "}
        <span data-testid="period">{t("periodLabel", periodDays(format, data.filter.period))}</span>
      </p>
      <InvalidFilter invalid={data.invalid} periodInput={data.periodInput} />
      <FilterBar action="/hr" filter={data.filter} locations={locations} periodInput={data.periodInput} />
      <Suspense fallback={pending}>
        <Await promise={data.summary}>
          {({ totals, previous }) => (
            <>
              <TotalsCards totals={totals} previous={previous} deadlineHours={data.deadlineHours} />
              <p className="mt-3">
                <Link href={`/hr/reports?${query}`} className="font-medium text-brand-700 underline-offset-4 hover:underline">
                  {t("list.open", { count: totals.reports })}
                </Link>
              </p>
              <TimesPanel totals={totals} />
            </>
          )}
        </Await>
      </Suspense>
      <Suspense fallback={pending}>
        <Await promise={data.charts}>{(charts) => <ChartsSection {...charts} />}</Await>
      </Suspense>
      <Suspense fallback={pending}>
        <Await promise={data.reviewers}>
          {({ rows, total }) => <ReviewerTable rows={rows} total={total} showAllHref={`/hr?${query}&reviewers=all#reviewers-title`} />}
        </Await>
      </Suspense>
      <Suspense fallback={pending}>
        <Await promise={data.risks}>{(risks) => <RiskPanel risks={risks} reportHref={(number) => `/hr/reports/${encodeURIComponent(number)}`} />}</Await>
      </Suspense>
      <Suspense fallback={pending}>
        <Await promise={data.consequences}>{(rows) => <ConsequenceTable rows={rows} />}</Await>
      </Suspense>
      {can(user.role, "reports.export") ? <ExportForm filter={data.filter} summaryHref={`/hr/summary?${query}`} /> : null}
    </section>
  );
}
