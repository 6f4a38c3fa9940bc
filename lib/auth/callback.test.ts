import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback";

describe("safeCallbackPath", () => {
  it("follows a page of this site after sign-in, never another site, sign-in itself or an API route", () => {
    expect(safeCallbackPath("/review/R-2026-000001?tab=history")).toBe("/review/R-2026-000001?tab=history");
    for (const value of ["/.//evil.example/phish", "//evil.example", "https://evil.example/", "/signin?callbackUrl=/hr", "/api/exports/csv", "", null, undefined]) {
      expect(safeCallbackPath(value), String(value)).toBeUndefined();
    }
  });
});
