import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { InvalidFilter } from "@/components/dashboard/invalid-filter";
import { ReportTable } from "@/components/dashboard/report-table";
import { requireUser } from "@/lib/auth/guard";
import { filterFromParams, filterToParams, resolveFilter } from "@/lib/dashboard/filters";
import { dashboardLocationScope } from "@/lib/dashboard/where";
import { listReports, parseCursor } from "@/lib/dashboard/list";
import type { SearchParams } from "@/lib/dashboard/load";
import { selectableLocations } from "@/lib/dashboard/queries";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("dashboard.list");

export default async function HrReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.view");
  const params = await searchParams;
  const { filter: raw, invalid, periodInput } = filterFromParams(params, dashboardLocationScope(user));
  const filter = resolveFilter(raw);
  const [list, locations, t] = await Promise.all([
    listReports(user, filter, parseCursor(params.after)),
    selectableLocations(user),
    getTranslations("dashboard.list"),
  ]);
  const query = filterToParams(filter).toString();
  return (
    <section aria-labelledby="list-title">
      <Link href={`/hr?${query}`} className="text-sm font-medium text-brand-700 underline underline-offset-4"><span aria-hidden="true">← </span>{t("backToDashboard")}</Link>
      <h1 id="list-title" className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-600" data-testid="list-count">{t("count", { count: list.total })}</p>
      <InvalidFilter invalid={invalid} periodInput={periodInput} />
      <FilterBar action="/hr/reports" filter={filter} locations={locations} periodInput={periodInput} />
      <ReportTable labelledBy="list-title" rows={list.rows} hrefFor={(number) => `/hr/reports/${encodeURIComponent(number)}?${query}`} />
      <nav aria-label={t("title")} className="mt-4 flex gap-4">
        {params.after ? <Link href={`/hr/reports?${query}`} className="font-medium text-brand-700 underline underline-offset-4">{t("first")}</Link> : null}
        {list.next ? (
          <Link href={`/hr/reports?${query}&after=${list.next}`} className="font-medium text-brand-700 underline underline-offset-4">{t("next")}</Link>
        ) : null}
      </nav>
    </section>
  );
}
