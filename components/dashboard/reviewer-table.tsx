import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReviewerFigures } from "@/lib/dashboard/breakdowns";
import { OUTLIER_MIN_DECISIONS, OUTLIER_POINTS, isOutlier } from "@/lib/dashboard/reviewers";
import { ScrollTable } from "@/components/ui/scroll-table";

interface Props {
  rows: ReviewerFigures[];
  /** Rows in the view; more than `rows` holds when only the furthest are shown. */
  total: number;
  showAllHref: string;
}

export async function ReviewerTable({ rows, total, showAllHref }: Props) {
  const [t, format] = await Promise.all([getTranslations("dashboard.reviewers"), getFormatter()]);
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
  const points = (diff: number) => `${diff > 0 ? "+" : ""}${format.number(Math.round(diff * 100))}`;
  return (
    <section aria-labelledby="reviewers-title" className="mt-6 rounded-lg bg-white p-4 ring-1 ring-slate-200 break-inside-avoid">
      <h2 id="reviewers-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("hint", { points: OUTLIER_POINTS * 100, decisions: OUTLIER_MIN_DECISIONS })}</p>
      {total > rows.length ? (
        <p className="mt-1 text-sm text-slate-600" data-testid="reviewers-furthest">
          {t("furthest", { shown: rows.length, total })}{" "}
          <Link href={showAllHref} className="font-medium text-brand-700 underline-offset-4 hover:underline">
            {t("showAll", { total })}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ScrollTable labelledBy="reviewers-title" className="mt-2">
          <table aria-labelledby="reviewers-title" className="w-full text-left text-sm" data-testid="reviewer-table">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">{t("location")}</th>
                <th scope="col" className="py-1 pr-3">{t("reviewer")}</th>
                <th scope="col" className="py-1 pr-3">{t("decisions")}</th>
                <th scope="col" className="py-1 pr-3">{t("justifiedRate")}</th>
                <th scope="col" className="py-1 pr-3">{t("locationRate")}</th>
                <th scope="col" className="py-1 pr-3">{t("difference")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.locationId}-${row.reviewerId}`} className={`border-b border-slate-100 ${isOutlier(row) ? "bg-amber-50" : ""}`}>
                  <td className="py-1 pr-3">{row.locationName}</td>
                  <th scope="row" className="py-1 pr-3 font-normal">{row.reviewerName}</th>
                  <td className="py-1 pr-3 tabular-nums">{format.number(row.decisions)}</td>
                  <td className="py-1 pr-3 tabular-nums">{percent(row.justifiedRate)}</td>
                  <td className="py-1 pr-3 tabular-nums">{t("ofDecisions", { rate: percent(row.locationRate), count: row.locationDecisions })}</td>
                  <td className="py-1 pr-3 tabular-nums">
                    {points(row.justifiedRate - row.locationRate)} {t("points")}
                    {isOutlier(row) ? <strong className="ml-2 text-amber-900">{t("outlier")}</strong> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
