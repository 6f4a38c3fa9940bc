import { getFormatter, getTranslations } from "next-intl/server";
import type { ConsequenceComparisonRow } from "@/lib/consequences/queries";
import { ScrollTable } from "@/components/ui/scroll-table";

/** What the employee foresaw when filing, against what was recorded afterwards. */
export async function ConsequenceTable({ rows }: { rows: ConsequenceComparisonRow[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.consequences"), getFormatter()]);
  const columns = ["reports", "followedUp", "complaint", "badReview", "legalClaim", "nothing"] as const;
  return (
    <section aria-labelledby="consequences-title" className="mt-6 rounded-lg bg-white p-4 ring-1 ring-slate-200 break-inside-avoid">
      <h2 id="consequences-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("hint")}</p>
      <ScrollTable labelledBy="consequences-title" className="mt-2">
        <table aria-labelledby="consequences-title" className="w-full text-left text-sm" data-testid="consequence-table">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">{t("foreseen")}</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="py-1 pr-3">{t(`columns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.risk} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-normal">{t(`risks.${row.risk}`)}</th>
                {columns.map((column) => (
                  <td key={column} className="py-1 pr-3 tabular-nums">{format.number(row[column])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
