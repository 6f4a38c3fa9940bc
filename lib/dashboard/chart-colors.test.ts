import { describe, expect, it } from "vitest";
import { CATEGORY_COLORS, OUTCOME_COLORS, PRIMARY, SECONDARY } from "@/components/dashboard/colors";

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("chart colours", () => {
  it("each reaches 3:1 against the white card (WCAG 1.4.11, non-text contrast)", () => {
    const colors = { ...CATEGORY_COLORS, ...OUTCOME_COLORS, PRIMARY, SECONDARY };
    for (const [name, color] of Object.entries(colors)) {
      expect.soft(1.05 / (luminance(color) + 0.05), `${name} ${color}`).toBeGreaterThanOrEqual(3);
    }
  });
});
