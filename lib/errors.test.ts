import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors";

describe("isDatabaseUnavailable", () => {
  it("treats a busy pool and a restarting server as unavailable (503), not unexpected (500)", () => {
    expect(isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1017", message: "Server has closed the connection." })).toBe(true);
    expect(isDatabaseUnavailable({ message: "wrapped", cause: { code: "57P01", message: "terminating connection due to administrator command" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "ECONNREFUSED" })).toBe(true);
    // A pooled pg client whose connection broke while PostgreSQL restarted (found by the restart run).
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
  });

  it("does not hide real errors", () => {
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});
