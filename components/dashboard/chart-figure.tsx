import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollTable } from "@/components/ui/scroll-table";

export interface FigureTable {
  columns: string[];
  rows: (string | number)[][];
}

/** A chart with its data as a table (collapsed, for screen readers and exact figures). */
export async function ChartFigure({ id, title, table, children }: { id: string; title: string; table: FigureTable; children: React.ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.charts"), getFormatter()]);
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg bg-white p-4 ring-1 ring-slate-200 break-inside-avoid" data-testid={id}>
      <h3 id={`${id}-title`} className="font-semibold">{title}</h3>
      {table.rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <div className="mt-2 print:hidden">{children}</div>
          <details className="mt-2">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">
              {t("showTable")}
              {/* Five such buttons on the dashboard: each names its chart for a screen reader. */}
              <span className="sr-only">: {title}</span>
            </summary>
            <ScrollTable labelledBy={`${id}-title`} className="mt-2">
              <table aria-labelledby={`${id}-title`} className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    {table.columns.map((column, index) => (
                      <th key={index} scope="col" className="py-1 pr-3 font-medium">{column}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, index) => (
                    <tr key={index} className="border-b border-slate-100">
                      {row.map((cell, cellIndex) =>
                        cellIndex === 0 ? (
                          <th key={cellIndex} scope="row" className="py-1 pr-3 font-normal">{cell}</th>
                        ) : (
                          <td key={cellIndex} className="py-1 pr-3 tabular-nums">{typeof cell === "number" ? format.number(cell) : cell}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </details>
        </>
      )}
    </figure>
  );
}
