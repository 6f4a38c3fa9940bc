import type { createFormatter } from "next-intl";
import type { Period } from "./filters";

/** next-intl's formatter (getFormatter() on a page), of which only dates are needed. */
type DateFormatter = Pick<ReturnType<typeof createFormatter>, "dateTime">;

/**
 * The period's first and last day, written for the reader's locale. The days
 * are already calendar days in the filter's zone, so each is read as UTC
 * midnight and written in UTC: no zone offset can move it to the day before.
 */
export function periodDays(format: DateFormatter, period: Pick<Period, "fromDay" | "toDay">) {
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return { from: day(period.fromDay), to: day(period.toDay) };
}
