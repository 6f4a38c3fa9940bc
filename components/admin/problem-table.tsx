import type { ReactNode } from "react";

export interface ProblemColumn<Row> {
  header: string;
  /** Kept for screen readers only, where the cells say what the column is (a button). */
  hiddenHeader?: boolean;
  /** Long free text (error messages) wraps within a bounded width. */
  wrap?: boolean;
  cell: (row: Row) => ReactNode;
}

const cellClass = (column: { wrap?: boolean }) => `px-3 py-2 align-top${column.wrap ? " max-w-xs break-words" : ""}`;

/** One titled list on /admin/jobs: a sentence when there is nothing, else a table. */
export function ProblemTable<Row extends { id: string }>({
  id,
  title,
  empty,
  testId,
  columns,
  rows,
}: {
  id: string;
  title: string;
  empty: string;
  testId: string;
  columns: ProblemColumn<Row>[];
  rows: Row[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">{title}</h2>
      {rows.length === 0 ? <p className="mt-2">{empty}</p> : (
        <div className="mt-2 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <table aria-labelledby={id} className="w-full text-left text-sm" data-testid={testId}>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                {columns.map((column) => (
                  <th key={column.header} scope="col" className={cellClass({})}>
                    {column.hiddenHeader ? <span className="sr-only">{column.header}</span> : column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.id}>
                  {columns.map((column) => (
                    <td key={column.header} className={cellClass(column)}>{column.cell(row)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
