import { describe, expect, it } from "vitest";
import { endsBeforeStart } from "./day-range";

describe("endsBeforeStart", () => {
  it("tells dates that select nothing (a to before the from) from a range or a single day", () => {
    expect(endsBeforeStart({ from: "2026-11-25", to: "2026-11-20" })).toBe(true);
    expect(endsBeforeStart({ from: "2026-11-20", to: "2026-11-20" })).toBe(false);
    expect(endsBeforeStart({ from: "2026-11-20" })).toBe(false);
    expect(endsBeforeStart({ to: "2026-11-20" })).toBe(false);
  });
});
