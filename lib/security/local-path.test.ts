import { describe, expect, it } from "vitest";
import { localPath } from "./local-path";

describe("localPath", () => {
  it("keeps a path of this site with its query and fragment", () => {
    expect(localPath("/hr?preset=lastMonth#totals")).toBe("/hr?preset=lastMonth#totals");
    expect(localPath("/review/R-2026-000001")).toBe("/review/R-2026-000001");
    // Dot segments that stay on the site are resolved, as the browser would.
    expect(localPath("/hr/../review")).toBe("/review");
  });

  it("refuses anything the browser would follow to another site", () => {
    const outside = [
      "//evil.example/x",
      "/\\evil.example",
      "/\t/evil.example/x",
      "/\n/evil.example",
      "/\r\n/evil.example",
      // Dot segments that normalise to a protocol-relative URL.
      "/.//evil.example",
      "/./\\evil.example",
      "/x/..//evil.example/phish",
      "/%2e//evil.example",
      "/%2E%2E//evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "hr",
      "",
      undefined,
      ["/hr"],
    ];
    for (const value of outside) expect(localPath(value), JSON.stringify(value)).toBeUndefined();
  });
});
