import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import pl from "@/messages/pl";

// Messages said with a count: Polish has one, few and many forms, and next-intl
// writes "#" and "{n, number}" with the locale's digits ("1 234" in Polish).
const tPl = createTranslator({ locale: "pl", messages: pl, namespace: "dashboard" });
const tEn = createTranslator({ locale: "en", messages: en, namespace: "dashboard" });

describe("count messages", () => {
  it("the link to the report list", () => {
    expect([1, 3, 5, 22, 1234].map((count) => tPl("list.open", { count }))).toEqual([
      "Pokaż 1 zgłoszenie",
      "Pokaż 3 zgłoszenia",
      "Pokaż 5 zgłoszeń",
      "Pokaż 22 zgłoszenia",
      "Pokaż 1234 zgłoszenia",
    ]);
    expect([1, 2, 1234].map((count) => tEn("list.open", { count }))).toEqual(["Show the 1 report", "Show the 2 reports", "Show the 1,234 reports"]);
  });

  it("the report list's count", () => {
    expect([1, 3, 5, 12].map((count) => tPl("list.count", { count }))).toEqual(["1 zgłoszenie", "3 zgłoszenia", "5 zgłoszeń", "12 zgłoszeń"]);
    expect([1, 2].map((count) => tEn("list.count", { count }))).toEqual(["1 report", "2 reports"]);
  });

  it("the risk panel's lists", () => {
    expect(tPl("risks.aggressiveOf", { count: 1, reports: 1 })).toBe("1 z 1 zgłoszenia");
    expect(tPl("risks.aggressiveOf", { count: 2, reports: 3 })).toBe("2 z 3 zgłoszeń");
    expect(tEn("risks.aggressiveOf", { count: 1, reports: 1 })).toBe("1 of 1 report");
    expect(tEn("risks.aggressiveOf", { count: 1, reports: 1500 })).toBe("1 of 1,500 reports");
    expect(tPl("risks.notJustifiedOf", { count: 1, decided: 1 })).toBe("1 nieuzasadniona z 1 rozstrzygniętej");
    expect(tPl("risks.notJustifiedOf", { count: 3, decided: 4 })).toBe("3 nieuzasadnione z 4 rozstrzygniętych");
    expect(tPl("risks.notJustifiedOf", { count: 5, decided: 12 })).toBe("5 nieuzasadnionych z 12 rozstrzygniętych");
  });

  it("the totals and the reviewer table write their numbers for the locale", () => {
    expect(tPl("totals.ofDecided", { count: 1, total: 1 })).toBe("1 z 1 rozstrzygniętego");
    expect(tPl("totals.ofDecided", { count: 1200, total: 3400 })).toBe("1200 z 3400 rozstrzygniętych");
    expect(tEn("totals.ofDecided", { count: 1200, total: 3400 })).toBe("1,200 of 3,400 decided");
    expect(tPl("reviewers.ofDecisions", { rate: "50%", count: 12345 })).toBe("50% z 12\u00a0345");
    expect(tEn("charts.busiestLocations", { count: 1 })).toMatch(/^Location charts: the 1 location with/);
  });
});
