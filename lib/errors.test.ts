import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./errors";

describe("isDatabaseUnavailable", () => {
  it("treats a busy pool and a restarting server as unavailable (503), not unexpected (500)", () => {
    expect(isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1017", message: "Server has closed the connection." })).toBe(true);
    expect(isDatabaseUnavailable({ message: "wrapped", cause: { code: "57P01", message: "terminating connection due to administrator command" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "ECONNREFUSED" })).toBe(true);
    // A pooled pg client whose connection broke while PostgreSQL restarted (found by the restart run).
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    // The same for a raw query, as Prisma reports it (P2010 with the driver's error in meta).
    const rawQueryError = (cause: object) => ({
      code: "P2010",
      message: "Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`",
      meta: { driverAdapterError: { name: "DriverAdapterError", message: "ConnectionClosed", cause } },
    });
    expect(isDatabaseUnavailable(rawQueryError({ kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnavailable(rawQueryError({ kind: "postgres", originalCode: "57P01" }))).toBe(true);
  });

  it("does not hide real errors", () => {
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(
      isDatabaseUnavailable({
        code: "P2010",
        message: "Raw query failed. Code: `22P02`. Message: `invalid input syntax for type uuid`",
        meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "22P02" } } },
      }),
    ).toBe(false);
  });
});

describe("isUniqueViolation", () => {
  it("recognises Prisma's unique-constraint error and nothing else", () => {
    expect(isUniqueViolation({ code: "P2002", message: "Unique constraint failed" })).toBe(true);
    expect(isUniqueViolation({ code: "P2028" })).toBe(false);
    // A raw query's duplicate, as Prisma reports it (the filing's one statement).
    const rawQueryError = (cause: object) => ({ code: "P2010", message: "Raw query failed. Code: `23505`.", meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });
    expect(isUniqueViolation(rawQueryError({ kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe(true);
    expect(isUniqueViolation(rawQueryError({ kind: "postgres", originalCode: "22P02" }))).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
