import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

const YEAR_IN_POLAND = new Intl.DateTimeFormat("en", { timeZone: "Europe/Warsaw", year: "numeric" });

export function reportYear(now: Date): number {
  return Number(YEAR_IN_POLAND.format(now));
}

export function formatReportNumber(year: number, sequence: number): string {
  return `R-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * Takes the next number of the year inside the caller's transaction. The
 * upsert locks the year's row until the transaction ends, so concurrent
 * filings queue on it and never share a number; a rolled-back filing gives
 * its number back with everything else.
 */
export async function allocateReportNumber(tx: Prisma.TransactionClient, now = new Date()): Promise<string> {
  const year = reportYear(now);
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    insert into "ReportNumberSequence" ("year", "last") values (${year}, 1)
    on conflict ("year") do update set "last" = "ReportNumberSequence"."last" + 1
    returning "last"`;
  return formatReportNumber(year, Number(row.last));
}
