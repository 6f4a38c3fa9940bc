import { describe, expect, it } from "vitest";
import { formatZonedIso, parseDay, startOfDay } from "./dates";
import { exportFileName, filterFromParams, filterToParams, parseFilter, pinnedFilterParams, resolveFilter } from "./filters";

const LOC = "3f1c2a0e-8a52-4d7b-9a41-6f0e0b1f2c3d";

describe("dashboard filter", () => {
  it("parses the URL, keeps lists as lists and ignores keys it does not own", () => {
    const parsed = parseFilter(new URLSearchParams(`preset=lastMonth&loc=${LOC}&cat=SAFETY_BREACH&cat=OTHER&outcome=&status=APPEALED&cursor=abc`));
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ preset: "lastMonth", loc: [LOC], cat: ["SAFETY_BREACH", "OTHER"], status: ["APPEALED"] });
    expect(parseFilter({}).data).toEqual({ preset: "last90", loc: [], cat: [], status: [] });
    // A location id in upper case is the same location: kept as PostgreSQL prints it, and once.
    expect(parseFilter({ loc: [LOC.toUpperCase(), LOC] }).data?.loc).toEqual([LOC]);
  });

  it("rejects what is not a filter value, and a custom range without or with reversed dates", () => {
    expect(parseFilter({ cat: "NOPE" }).success).toBe(false);
    expect(parseFilter({ loc: "not-a-uuid" }).success).toBe(false);
    expect(parseFilter({ preset: "custom", from: "2026-10-01" }).success).toBe(false);
    expect(parseFilter({ preset: "custom", from: "2026-10-31", to: "2026-10-01" }).success).toBe(false);
    expect(parseFilter({ preset: "custom", from: "2026-02-30", to: "2026-03-01" }).success).toBe(false);
    // Years 0-99 would be read as 1900-1999 by Date.UTC: refused, not moved to another century.
    expect(parseFilter({ preset: "custom", from: "0026-10-01", to: "0026-10-31" }).success).toBe(false);
    expect(parseFilter({ preset: "custom", from: "0026-10-01", to: "2026-10-31" }).success).toBe(false);
    expect(parseDay("0026-10-01")).toBeNull();
    // Year 9999's last week runs into 10000, which ISO strings write "+010000": such days are refused too
    // (a link's "at" of 9999-12-31 kept the weekly chart's loop, and the server, going for good).
    expect(parseFilter({ preset: "thisMonth", at: "9999-12-31" }).success).toBe(false);
    expect(parseFilter({ preset: "custom", from: "9999-01-01", to: "9999-12-31" }).success).toBe(false);
    expect(parseDay("2999-12-31")).toEqual({ year: 2999, month: 12, day: 31 });
    expect(resolveFilter(parseFilter({ preset: "thisMonth", at: "2999-12-31" }).data!).period.toDay).toBe("2999-12-31");
    expect(parseFilter({ preset: "custom", from: "2026-10-01", to: "2026-10-31" }).success).toBe(true);
    expect(parseDay("2026-10-01")).toEqual({ year: 2026, month: 10, day: 1 });
    expect(filterFromParams({ preset: "yesterday" })).toMatchObject({ invalid: true, filter: { preset: "last90" } });
    // A location outside the person's scope is refused the same way, not counted as zero.
    const OTHER = "9b2f6c1d-4e3a-4b5c-8d7e-0f1a2b3c4d5e";
    expect(filterFromParams({ loc: LOC }, [LOC])).toMatchObject({ invalid: false, filter: { loc: [LOC] } });
    expect(filterFromParams({ loc: [LOC, OTHER] }, [LOC])).toMatchObject({ invalid: true, filter: { loc: [] } });
    expect(filterFromParams({ loc: OTHER }, null)).toMatchObject({ invalid: false, filter: { loc: [OTHER] } });
  });

  it("keeps the rest of the filter when only the dates are wrong, and gives the dates back with what is wrong", () => {
    const backwards = filterFromParams({ preset: "custom", from: "2026-11-20", to: "2026-11-10", loc: LOC, outcome: "JUSTIFIED" });
    expect(backwards).toEqual({
      invalid: true,
      filter: { preset: "last90", loc: [LOC], cat: [], status: [], outcome: "JUSTIFIED" },
      periodInput: { from: "2026-11-20", to: "2026-11-10", errors: { to: "before_from" } },
    });
    expect(filterFromParams({ preset: "custom", from: "2020-01-01", to: "2026-01-01" }).periodInput?.errors).toEqual({ to: "too_long" });
    expect(filterFromParams({ preset: "custom", to: "2026-01-01" }).periodInput).toEqual({ from: "", to: "2026-01-01", errors: { from: "required" } });
    expect(filterFromParams({ preset: "custom", from: "2026-02-30", to: "2026-03-01" }).periodInput?.errors).toEqual({ from: "invalid_date" });
    // Beside a preset the dates do not apply: junk there is ignored, the preset kept.
    expect(filterFromParams({ preset: "thisMonth", from: "junk", loc: LOC })).toEqual({
      invalid: false,
      filter: { preset: "thisMonth", loc: [LOC], cat: [], status: [] },
    });
    // Anything else wrong as well: the default view, as before.
    expect(filterFromParams({ preset: "custom", from: "2026-11-20", to: "2026-11-10", outcome: "MAYBE" })).toEqual({
      invalid: true,
      filter: { preset: "last90", loc: [], cat: [], status: [] },
    });
    // And a location outside the scope with it.
    expect(filterFromParams({ preset: "custom", from: "2026-11-20", to: "2026-11-10", loc: LOC }, [])).not.toHaveProperty("periodInput");
  });

  it("round-trips through the URL", () => {
    const filter = parseFilter({ preset: "custom", from: "2026-10-01", to: "2026-10-31", loc: [LOC], outcome: "UNDECIDED", status: ["SUBMITTED", "IN_REVIEW"] }).data!;
    expect(parseFilter(filterToParams(filter)).data).toEqual(filter);
  });

  it("turns presets into local calendar periods with the period before", () => {
    // 2026-10-14 12:00 in Warsaw.
    const now = new Date("2026-10-14T10:00:00Z");
    const at = (preset: string) => resolveFilter(parseFilter({ preset }).data!, now);
    // To date, against the same days of the month before.
    expect(at("thisMonth").period).toMatchObject({ fromDay: "2026-10-01", toDay: "2026-10-14" });
    expect(at("thisMonth").previous).toMatchObject({ fromDay: "2026-09-01", toDay: "2026-09-14" });
    expect(at("lastMonth").period).toMatchObject({ fromDay: "2026-09-01", toDay: "2026-09-30" });
    expect(at("lastMonth").previous).toMatchObject({ fromDay: "2026-08-01", toDay: "2026-08-31" });
    expect(at("last90").period).toMatchObject({ fromDay: "2026-07-17", toDay: "2026-10-14" });
    expect(at("last90").previous).toMatchObject({ fromDay: "2026-04-18", toDay: "2026-07-16" });
    expect(at("thisYear").period).toMatchObject({ fromDay: "2026-01-01", toDay: "2026-10-14" });
    expect(at("thisYear").previous).toMatchObject({ fromDay: "2025-01-01", toDay: "2025-10-14" });
    // The 31st against a shorter month before, and 29 February against a year without one.
    const on = (preset: string, iso: string) => resolveFilter(parseFilter({ preset }).data!, new Date(iso));
    expect(on("thisMonth", "2026-03-31T10:00:00Z").previous).toMatchObject({ fromDay: "2026-02-01", toDay: "2026-02-28" });
    expect(on("thisYear", "2028-02-29T10:00:00Z").previous).toMatchObject({ fromDay: "2027-01-01", toDay: "2027-02-28" });
    // January: last month is December of the year before.
    expect(resolveFilter(parseFilter({ preset: "lastMonth" }).data!, new Date("2027-01-05T10:00:00Z")).period).toMatchObject({
      fromDay: "2026-12-01",
      toDay: "2026-12-31",
    });
  });

  it("resolves presets from the day a link carries, so a click after midnight opens the period the page showed", () => {
    // The page was shown on 30 November; the link is opened on 1 December, 00:05 in Warsaw.
    const afterMidnight = new Date("2026-11-30T23:05:00Z");
    const shown = resolveFilter(parseFilter({ preset: "lastMonth" }).data!, new Date("2026-11-30T22:55:00Z"));
    expect(shown).toMatchObject({ at: "2026-11-30", period: { fromDay: "2026-10-01", toDay: "2026-10-31" } });
    const opened = resolveFilter(parseFilter(filterToParams(shown)).data!, afterMidnight);
    expect(opened.period).toEqual(shown.period);
    expect(opened.previous).toEqual(shown.previous);
    // Without the day, the next day's "last month".
    expect(resolveFilter(parseFilter({ preset: "lastMonth" }).data!, afterMidnight).period).toMatchObject({ fromDay: "2026-11-01" });
    expect(parseFilter({ at: "2026-02-30" }).success).toBe(false);
  });

  it("uses Warsaw midnights, across the change to summer time", () => {
    const filter = resolveFilter(parseFilter({ preset: "custom", from: "2026-03-01", to: "2026-03-31" }).data!);
    expect(filter.period.start.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(filter.period.end.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(startOfDay({ year: 2026, month: 10, day: 25 }).toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(formatZonedIso(new Date("2026-07-01T12:30:05Z"))).toBe("2026-07-01T14:30:05+02:00");
    expect(formatZonedIso(new Date("2026-12-01T12:30:05Z"))).toBe("2026-12-01T13:30:05+01:00");
    expect(exportFileName(filter, "csv")).toBe("refusals_2026-03-01_2026-03-31.csv");
  });

  it("pins a preset to the days it resolved to, so a download after midnight still covers the month the page showed", () => {
    const shown = resolveFilter(parseFilter({ preset: "lastMonth", loc: LOC, status: "APPEALED" }).data!, new Date("2026-11-30T22:50:00Z"));
    const pinned = pinnedFilterParams(shown);
    expect(pinned.toString()).toBe(`preset=custom&from=2026-10-01&to=2026-10-31&loc=${LOC}&status=APPEALED`);
    // Resolved again after midnight (1 December in Warsaw), it is still October.
    const later = resolveFilter(parseFilter(pinned).data!, new Date("2026-11-30T23:05:00Z"));
    expect(later.period).toMatchObject({ fromDay: "2026-10-01", toDay: "2026-10-31" });
  });
});
