import { getFormatter, getTranslations } from "next-intl/server";
import type { LocationFigures, OutcomeByCategory, TrendPoint, WeekByCategory } from "@/lib/dashboard/breakdowns";
import { CATEGORIES } from "@/lib/dashboard/filters";
import { calendarDay } from "@/lib/dashboard/period-label";
import { ChartFigure } from "./chart-figure";
import { BarsWithRate, GroupedBars, Lines, StackedBars } from "./charts";
import { CATEGORY_COLORS, OUTCOME_COLORS, PRIMARY, SECONDARY } from "./colors";

interface Props {
  weekly: WeekByCategory[];
  outcomes: OutcomeByCategory[];
  locations: LocationFigures[];
  /** More locations had reports than `locations` holds (the busiest ones). */
  moreLocations?: boolean;
  trend: TrendPoint[];
}

export async function ChartsSection({ weekly, outcomes, locations, moreLocations = false, trend }: Props) {
  const [t, tc, format] = await Promise.all([getTranslations("dashboard.charts"), getTranslations("common"), getFormatter()]);
  const percent = (share: number | null) => (share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 }));
  const hours = (value: number | undefined) => (value === undefined ? "–" : format.number(value, { maximumFractionDigits: 1 }));
  const round1 = (value: number | undefined) => (value === undefined ? null : Math.round(value * 10) / 10);
  // A week is named by its Monday: short on the axis, with its year in the table.
  const weekOnAxis = (week: string) => calendarDay(format, week, { day: "numeric", month: "short" });
  const weekInTable = (week: string) => calendarDay(format, week, { dateStyle: "medium" });

  const usedCategories = CATEGORIES.filter((c) => weekly.some((w) => w.counts[c]));
  const categorySeries = usedCategories.map((c) => ({ key: c, label: tc(`category.${c}`), color: CATEGORY_COLORS[c] }));
  const outcomeSeries = [
    { key: "justified", label: t("justified"), color: OUTCOME_COLORS.justified },
    { key: "notJustified", label: t("notJustified"), color: OUTCOME_COLORS.notJustified },
    { key: "undecided", label: t("undecided"), color: OUTCOME_COLORS.undecided },
  ];

  return (
    <section aria-labelledby="charts-title" className="mt-6">
      <h2 id="charts-title" className="text-lg font-semibold">{t("title")}</h2>
      {moreLocations ? (
        <p className="mt-1 text-sm text-slate-600" data-testid="busiest-locations">
          {t("busiestLocations", { count: locations.length })}
        </p>
      ) : null}
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <ChartFigure
          id="chart-weekly"
          title={t("weekly")}
          table={{
            columns: [t("week"), ...categorySeries.map((s) => s.label)],
            rows: weekly.map((w) => [weekInTable(w.week), ...usedCategories.map((c) => w.counts[c] ?? 0)]),
          }}
        >
          <StackedBars
            label={t("weekly")}
            xKey="week"
            series={categorySeries}
            data={weekly.map((w) => ({ week: weekOnAxis(w.week), ...Object.fromEntries(usedCategories.map((c) => [c, w.counts[c] ?? 0])) }))}
          />
        </ChartFigure>

        <ChartFigure
          id="chart-outcomes"
          title={t("outcomes")}
          table={{
            columns: [t("category"), ...outcomeSeries.map((s) => s.label)],
            rows: outcomes.map((o) => [tc(`category.${o.category}`), o.justified, o.notJustified, o.undecided]),
          }}
        >
          <StackedBars
            label={t("outcomes")}
            xKey="name"
            vertical
            series={outcomeSeries}
            data={outcomes.map((o) => ({ name: tc(`category.${o.category}`), justified: o.justified, notJustified: o.notJustified, undecided: o.undecided }))}
          />
        </ChartFigure>

        <ChartFigure
          id="chart-locations"
          title={t("locations")}
          table={{
            columns: [t("location"), t("reports"), t("decided"), t("justifiedRate")],
            rows: locations.map((l) => [l.name, l.reports, l.decided, percent(l.justifiedRate)]),
          }}
        >
          <BarsWithRate
            label={t("locations")}
            xKey="code"
            bars={{ key: "reports", label: t("reports"), color: PRIMARY }}
            rate={{ key: "rate", label: t("justifiedRate"), color: OUTCOME_COLORS.justified }}
            data={locations.map((l) => ({ code: l.code, reports: l.reports, rate: l.justifiedRate === null ? null : Math.round(l.justifiedRate * 1000) / 10 }))}
          />
        </ChartFigure>

        <ChartFigure
          id="chart-decision-time"
          title={t("decisionTime")}
          table={{
            columns: [t("location"), t("medianHours"), t("p90Hours")],
            rows: locations.map((l) => [l.name, hours(l.timeToDecision?.p50), hours(l.timeToDecision?.p90)]),
          }}
        >
          <GroupedBars
            label={t("decisionTime")}
            xKey="code"
            unit=" h"
            series={[
              { key: "p50", label: t("medianHours"), color: PRIMARY },
              { key: "p90", label: t("p90Hours"), color: SECONDARY },
            ]}
            data={locations.map((l) => ({ code: l.code, p50: round1(l.timeToDecision?.p50), p90: round1(l.timeToDecision?.p90) }))}
          />
        </ChartFigure>

        <ChartFigure
          id="chart-trend"
          title={t("trend")}
          table={{ columns: [t("weekOfPeriod"), t("current"), t("previous")], rows: trend.map((p) => [p.week, p.current, p.previous]) }}
        >
          <Lines
            label={t("trend")}
            xKey="week"
            series={[
              { key: "current", label: t("current"), color: PRIMARY },
              { key: "previous", label: t("previous"), color: "#64748b" },
            ]}
            data={trend.map((p) => ({ week: p.week, current: p.current, previous: p.previous }))}
          />
        </ChartFigure>
      </div>
    </section>
  );
}
