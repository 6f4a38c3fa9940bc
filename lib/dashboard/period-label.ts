import type { createFormatter, DateTimeFormatOptions } from "next-intl";
import type { Period } from "./filters";

/** next-intl's formatter (getFormatter() on a page), of which only dates are needed. */
type DateFormatter = Pick<ReturnType<typeof createFormatter>, "dateTime">;

/**
 * A calendar day ("2026-03-02", already a day in the filter's zone) written
 * for the reader's locale. It is read as UTC midnight and written in UTC: no
 * zone offset can move it to the day before.
 */
export function calendarDay(format: DateFormatter, iso: string, style: DateTimeFormatOptions = { dateStyle: "long" }) {
  return format.dateTime(new Date(`${iso}T00:00:00Z`), { ...style, timeZone: "UTC" });
}

/** The period's first and last day, written for the reader's locale. */
export function periodDays(format: DateFormatter, period: Pick<Period, "fromDay" | "toDay">) {
  return { from: calendarDay(format, period.fromDay), to: calendarDay(format, period.toDay) };
}
