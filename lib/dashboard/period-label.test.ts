import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { periodDays } from "./period-label";

describe("periodDays", () => {
  it("writes the period's calendar days for the locale", () => {
    const pl = createFormatter({ locale: "pl", timeZone: "Europe/Warsaw" });
    const en = createFormatter({ locale: "en", timeZone: "Europe/Warsaw" });
    expect(periodDays(pl, { fromDay: "2026-01-01", toDay: "2026-01-31" })).toEqual({ from: "1 stycznia 2026", to: "31 stycznia 2026" });
    expect(periodDays(en, { fromDay: "2026-01-01", toDay: "2026-01-31" })).toEqual({ from: "January 1, 2026", to: "January 31, 2026" });
  });

  it("keeps the day in a zone west of UTC, where its midnight is still the day before", () => {
    const format = createFormatter({ locale: "en", timeZone: "America/New_York" });
    expect(periodDays(format, { fromDay: "2026-03-01", toDay: "2026-03-31" })).toEqual({ from: "March 1, 2026", to: "March 31, 2026" });
  });
});
