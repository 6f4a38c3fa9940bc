import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const VALID = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", NEXTAUTH_SECRET: "s".repeat(32) };

describe("environment", () => {
  it("accepts a complete configuration and fills defaults", () => {
    const env = parseEnv({ ...VALID, NODE_ENV: "production" });
    expect(env.DB_POOL_MAX).toBe(10);
    expect(env.SESSION_IDLE_MINUTES).toBe(60);
    expect(env.DB_PREPARED_STATEMENTS).toBe(true);
    expect(parseEnv({ ...VALID, DB_PREPARED_STATEMENTS: "false" }).DB_PREPARED_STATEMENTS).toBe(false);
  });

  it.each([
    [{ ...VALID, DATABASE_URL: undefined }, /DATABASE_URL is not set/],
    [{ ...VALID, DATABASE_URL: "mysql://x/y" }, /DATABASE_URL must look like/],
    [{ ...VALID, NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32/],
    [{ ...VALID, NODE_ENV: "production", NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET must be set in production/],
    [{ ...VALID, DB_POOL_MAX: "lots" }, /DB_POOL_MAX/],
    [{ ...VALID, DB_PREPARED_STATEMENTS: "off" }, /DB_PREPARED_STATEMENTS must be true or false/],
  ])("refuses %o with one line", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
