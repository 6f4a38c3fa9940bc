import "server-only";
import { db } from "@/lib/db/client";

const YEAR_IN_POLAND = new Intl.DateTimeFormat("en", { timeZone: "Europe/Warsaw", year: "numeric" });

export function reportYear(now: Date): number {
  return Number(YEAR_IN_POLAND.format(now));
}

export function formatReportNumber(year: number, sequence: number): string {
  return `R-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * Takes the next number of the year in a one-statement transaction of its
 * own, before the filing's transaction starts, so the year's counter row is
 * locked for that statement only. Taken inside the filing's transaction, it
 * stayed locked until that commit was flushed to disk, and every filing in
 * the company queued behind the previous one's fsync (benchmark P1).
 *
 * The counter's commit does not wait for the disk (synchronous_commit off).
 * That is safe because the write-ahead log is flushed in order: a filing that
 * uses the number commits later and flushes the counter's record with its own,
 * and a crash that loses the counter's record also lost every filing that
 * used it, so no stored report can ever see its number handed out again.
 *
 * The cost: a filing that fails after this point (a retry of a stored one
 * too, see fileReport) leaves a gap in the year's numbers. Numbers identify
 * reports; they are not a count of them.
 */
export async function allocateReportNumber(now = new Date()): Promise<string> {
  const year = reportYear(now);
  // One autocommitted statement; set_config(…, true) lasts until the end of
  // its own implicit transaction, so it governs exactly this commit.
  const [row] = await db.$queryRaw<{ last: number }[]>`
    insert into "ReportNumberSequence" ("year", "last")
    select ${year}, 1 where set_config('synchronous_commit', 'off', true) is not null
    on conflict ("year") do update set "last" = "ReportNumberSequence"."last" + 1
    returning "last"`;
  return formatReportNumber(year, Number(row.last));
}
