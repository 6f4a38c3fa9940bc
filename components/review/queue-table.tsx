import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { heldByAssignee } from "@/lib/review/holder";
import type { QueueRow } from "@/lib/review/queue";
import { OPEN_STATUSES } from "@/lib/review/queue-filters";
import { AgeLabel } from "./age-label";
import { OverdueBadge, OverdueLegend } from "./overdue";
import { RiskFlags } from "./risk-flags";

/** `labelledBy`: the heading that names the table for a screen reader's table list. */
export async function QueueTable({ rows, now, deadlineHours, labelledBy }: { rows: QueueRow[]; now: Date; deadlineHours: number; labelledBy: string }) {
  const t = await getTranslations("review.queue");
  const common = await getTranslations("common");
  if (rows.length === 0) {
    return <p className="mt-4 rounded-lg bg-white p-6 text-slate-700 ring-1 ring-slate-200">{t("empty")}</p>;
  }
  const cell = "px-3 py-2 align-top";
  return (
    <>
      <div className="mt-4 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
        <table aria-labelledby={labelledBy} className="w-full min-w-[44rem] text-left text-sm" data-testid="queue">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              {(["number", "age", "location", "category", "employee", "status", "risks"] as const).map((column) => (
                <th key={column} scope="col" className={cell}>{t(`columns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.id} data-testid="queue-row">
                <td className={cell}>
                  <Link href={`/review/${row.number}`} className="whitespace-nowrap font-mono font-medium text-brand-700 underline underline-offset-4">
                    {row.number}
                  </Link>
                </td>
                <td className={cell}>
                  {/* A decided or withdrawn report (its status tab) waits for nothing. */}
                  <span className="whitespace-nowrap">
                    {(OPEN_STATUSES as readonly string[]).includes(row.status) ? <AgeLabel since={row.waitingSince} now={now} /> : "—"}
                  </span>
                  {row.overdue ? <OverdueBadge className="ml-1" /> : null}
                </td>
                <td className={cell}>{row.location.name}</td>
                <td className={cell}>{common(`category.${row.category}`)}</td>
                <td className={cell}>{row.reporter.name}</td>
                <td className={cell}>
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium">{common(`status.${row.status}`)}</span>
                  {/* An appealed report's assignee is who made the contested decision (no ruling yet). */}
                  {row.assignee && (heldByAssignee(row.status) || row.status === "APPEALED") ? (
                    <span className="mt-1 block text-xs text-slate-600">
                      {t(heldByAssignee(row.status) ? "heldBy" : "decidedBy", { name: row.assignee.name })}
                    </span>
                  ) : null}
                </td>
                <td className={cell}>
                  <RiskFlags legalRisk={row.legalRisk} injury={row.injury} policeCalled={row.policeCalled} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OverdueLegend shown={rows.some((row) => row.overdue)} deadlineHours={deadlineHours} />
    </>
  );
}
