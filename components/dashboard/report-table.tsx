import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listReports } from "@/lib/dashboard/list";

type Row = Awaited<ReturnType<typeof listReports>>["rows"][number];

/** `labelledBy`: the heading that names the table for a screen reader's table list. */
export async function ReportTable({ rows, hrefFor, labelledBy }: { rows: Row[]; hrefFor: (number: string) => string; labelledBy: string }) {
  const [t, tc, format] = await Promise.all([getTranslations("dashboard.list"), getTranslations("common"), getFormatter()]);
  if (rows.length === 0) return <p className="mt-4 text-slate-600">{t("empty")}</p>;
  return (
    <div className="mt-4 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
      <table aria-labelledby={labelledBy} className="w-full text-left text-sm" data-testid="report-table">
        <thead className="bg-slate-50">
          <tr>
            {(["number", "filedAt", "location", "reporter", "category", "status", "flags"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">{t(column)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={hrefFor(row.number)} className="whitespace-nowrap text-brand-700 underline-offset-4 hover:underline">{row.number}</Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
              <td className="px-3 py-2">{row.location.name}</td>
              <td className="px-3 py-2">{row.reporter.name}</td>
              <td className="px-3 py-2">{tc(`category.${row.category}`)}</td>
              <td className="px-3 py-2">{tc(`status.${row.status}`)}</td>
              <td className="px-3 py-2">
                {[row.legalRisk !== "NONE" && t("legal"), row.injury && t("injury"), row.policeCalled && t("police")].filter(Boolean).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
