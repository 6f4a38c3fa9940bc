import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encodeCursor, parseCursor } from "./list";

describe("the report list's page cursor", () => {
  it("reads back what it wrote", () => {
    const row = { createdAt: new Date("2026-10-05T08:30:00.123Z"), id: randomUUID() };
    expect(parseCursor(encodeCursor(row))).toEqual(row);
  });

  it("reads anything else as no cursor (page one), never as a query PostgreSQL would refuse", () => {
    for (const forged of [
      `1700000000000_${"-".repeat(36)}`,
      `1700000000000_${"a".repeat(36)}`,
      `1700000000000_${randomUUID()}_extra`,
      `17000000000_${randomUUID()}`,
      `_${randomUUID()}`,
      "",
      ["1700000000000", randomUUID()],
      undefined,
    ]) {
      expect(parseCursor(forged), String(forged)).toBeNull();
    }
  });
});
