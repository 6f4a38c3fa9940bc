import { describe, expect, it } from "vitest";
import { neutraliseCell } from "./neutralise";

describe("neutraliseCell (the XLSX cells; the CSV applies the same rule in SQL, csv.test.ts)", () => {
  it("puts an apostrophe before a formula that starts a cell or follows a list separator inside it", () => {
    expect(neutraliseCell("=1+1")).toBe("'=1+1");
    expect(neutraliseCell("zwrot,=2*21;@SUM(A1);-1+1, =spacja")).toBe("zwrot,'=2*21;'@SUM(A1);'-1+1, =spacja");
    expect(neutraliseCell("-;=x")).toBe("'-;'=x");
    expect(neutraliseCell("x;\t=1,\r=2")).toBe("x;'\t=1,'\r=2");
    expect(neutraliseCell("Zwrot towaru, bez paragonu; 20 zł")).toBe("Zwrot towaru, bez paragonu; 20 zł");
    expect(neutraliseCell("")).toBe("");
  });
});
