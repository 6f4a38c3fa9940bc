import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMAT_LOCALE } from "@/lib/i18n/locales";
import { calendarDay, periodDays } from "./period-label";

describe("periodDays", () => {
  it("writes the period's calendar days for the locale", () => {
    const pl = createFormatter({ locale: "pl", timeZone: "Europe/Warsaw" });
    const en = createFormatter({ locale: FORMAT_LOCALE.en, timeZone: "Europe/Warsaw" });
    expect(periodDays(pl, { fromDay: "2026-01-01", toDay: "2026-01-31" })).toEqual({ from: "1 stycznia 2026", to: "31 stycznia 2026" });
    expect(periodDays(en, { fromDay: "2026-01-01", toDay: "2026-01-31" })).toEqual({ from: "1 January 2026", to: "31 January 2026" });
  });

  it("keeps the day in a zone west of UTC, where its midnight is still the day before", () => {
    const format = createFormatter({ locale: FORMAT_LOCALE.en, timeZone: "America/New_York" });
    expect(periodDays(format, { fromDay: "2026-03-01", toDay: "2026-03-31" })).toEqual({ from: "1 March 2026", to: "31 March 2026" });
  });

  it("writes a week's Monday short on a chart's axis and with its year in the chart's table", () => {
    const pl = createFormatter({ locale: "pl", timeZone: "Europe/Warsaw" });
    const en = createFormatter({ locale: FORMAT_LOCALE.en, timeZone: "America/New_York" });
    expect(calendarDay(pl, "2026-03-02", { day: "numeric", month: "short" })).toBe("2 mar");
    expect(calendarDay(pl, "2026-03-02", { dateStyle: "medium" })).toBe("2 mar 2026");
    expect(calendarDay(en, "2026-03-02", { day: "numeric", month: "short" })).toBe("2 Mar");
  });
});
