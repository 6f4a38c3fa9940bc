import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import pl from "@/messages/pl";
import { createFormatter } from "next-intl";
import { FORMAT_LOCALE, languageOf, localeFromAcceptLanguage } from "./locales";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("locales", () => {
  it("picks the best supported browser language", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,pl;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,pl;q=0.5,en;q=0.3")).toBe("pl");
    expect(localeFromAcceptLanguage("de-DE")).toBeUndefined();
    expect(localeFromAcceptLanguage("en;q=0.2, pl;q=0.9")).toBe("pl");
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });

  it("writes English dates day first with a 24-hour clock, and knows each formatting tag's language", () => {
    const format = createFormatter({ locale: FORMAT_LOCALE.en, timeZone: "Europe/Warsaw" });
    expect(format.dateTime(new Date("2026-11-27T17:30:00Z"), { dateStyle: "short", timeStyle: "short" })).toBe("27/11/2026, 18:30");
    expect(languageOf(FORMAT_LOCALE.en)).toBe("en");
    expect(languageOf(FORMAT_LOCALE.pl)).toBe("pl");
    expect(languageOf("de-DE")).toBe("pl");
  });

  it("has every message in both languages", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(pl).sort());
  });
});
