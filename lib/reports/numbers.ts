import "server-only";
import { db } from "@/lib/db/client";
import { formatReportNumber, nextNumberStatement, reportYear } from "./filing-sql";

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
  const [row] = await db.$queryRaw<{ last: number }[]>(nextNumberStatement(year));
  return formatReportNumber(year, Number(row.last));
}
