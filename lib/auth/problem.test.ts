import { describe, expect, it } from "vitest";
import { backPathOf, isNavigation, problemCodeOf, problemParamsSchema, safeBackPath } from "./problem";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/exports/csv?preset=last90", { headers });

describe("the problem page's parameters", () => {
  it("go back only to a path of this site", () => {
    expect(safeBackPath("/hr?preset=lastMonth")).toBe("/hr?preset=lastMonth");
    for (const outside of ["/\t/evil.example/x", "/\n/evil.example", "/\r\n/evil.example", "//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "hr", "", undefined, ["/hr"]]) {
      expect(safeBackPath(outside), String(outside)).toBe("/");
    }
    expect(problemParamsSchema.parse({ code: "rate_limited", back: "/hr" })).toEqual({ code: "rate_limited", back: "/hr" });
    expect(problemParamsSchema.parse({ code: "<script>", back: "//evil.example" })).toEqual({ code: "error", back: "/" });
    expect(problemParamsSchema.parse({})).toEqual({ code: "error", back: "/" });
  });

  it("name a message for each failure a person can meet, and a generic one for the rest", () => {
    expect(problemCodeOf("forbidden")).toBe("forbidden");
    expect(problemCodeOf("unavailable")).toBe("unavailable");
    // An export's address edited by hand (a range that ends before it starts): what is wrong, not "something went wrong".
    expect(problemCodeOf("validation")).toBe("validation");
    expect(problemCodeOf("conflict")).toBe("error");
    expect(problemCodeOf(null)).toBe("error");
  });

  it("tell a page the browser opened from a script's fetch, and take the way back only from this site", () => {
    expect(isNavigation(request({ "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" }))).toBe(true);
    expect(isNavigation(request({ "sec-fetch-mode": "cors", "sec-fetch-dest": "empty" }))).toBe(false);
    expect(isNavigation(request({}))).toBe(false);
    expect(backPathOf(request({ referer: "http://localhost:3000/hr?preset=lastMonth" }))).toBe("/hr?preset=lastMonth");
    expect(backPathOf(request({ referer: "https://desk.example/hr" }), "https://desk.example")).toBe("/hr");
    expect(backPathOf(request({ referer: "https://evil.example/hr" }))).toBe("/");
    expect(backPathOf(request({ referer: "not a url" }))).toBe("/");
    expect(backPathOf(request({}))).toBe("/");
  });
});
