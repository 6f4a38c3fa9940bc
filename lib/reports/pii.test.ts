import { describe, expect, it } from "vitest";
import { findPersonalData, isValidPesel } from "./pii";

describe("personal data check", () => {
  it("recognises a PESEL by its check digit", () => {
    expect(isValidPesel("44051401359")).toBe(true);
    expect(isValidPesel("44051401358")).toBe(false);
    expect(findPersonalData("PESEL 44051401359, okulary")).toEqual(["pesel"]);
    expect(findPersonalData("paragon 44051401358")).toEqual([]);
  });

  it("recognises phone numbers and e-mail addresses", () => {
    expect(findPersonalData("tel. 601 234 567")).toEqual(["phone"]);
    expect(findPersonalData("+48 601-234-567")).toEqual(["phone"]);
    expect(findPersonalData("jan.kowalski@example.com")).toEqual(["email"]);
    expect(findPersonalData("pisze na jan@x.pl, dzwoni 601234567").sort()).toEqual(["email", "phone"]);
  });

  it("leaves ordinary descriptions alone", () => {
    expect(findPersonalData("Mężczyzna ok. 40 lat, czerwona kurtka, 2 dzieci")).toEqual([]);
    expect(findPersonalData("")).toEqual([]);
    expect(findPersonalData(null)).toEqual([]);
  });
});
