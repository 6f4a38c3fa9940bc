import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { sessionRowStatement } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { fileReportStatement, nextNumberStatement } from "@/lib/reports/filing-sql";
import { asPgQuery, prepared, preparedStatementName } from "./prepared";
import { createPrismaClient } from "./prisma-node";

describe("preparedStatementName", () => {
  it("names only marked statements, by their text", () => {
    const one = prepared(Prisma.sql`SELECT ${1}::int AS n`);
    const other = prepared(Prisma.sql`SELECT ${1}::int AS m`);
    expect(preparedStatementName(Prisma.sql`SELECT ${1}::int AS n`.text)).toBe("");
    expect(preparedStatementName(one.text)).toMatch(/^prepared_[0-9a-f]{24}$/);
    expect(preparedStatementName(prepared(Prisma.sql`SELECT ${2}::int AS n`).text)).toBe(preparedStatementName(one.text));
    expect(preparedStatementName(other.text)).not.toBe(preparedStatementName(one.text));
    expect(one.values).toEqual([1]);
    expect(asPgQuery(one)).toEqual({ name: preparedStatementName(one.text), text: one.text, values: [1] });
  });

  it("marks every statement a filing makes", () => {
    const statements = [
      sessionRowStatement(randomUUID()),
      nextNumberStatement(2026),
      fileReportStatement({ id: randomUUID(), number: "R-2026-000001", reporterId: randomUUID(), form: {} as never }),
    ];
    for (const statement of statements) expect(preparedStatementName(statement.text)).not.toBe("");
  });
});

describe("prepared statements on a connection", () => {
  // One connection, so the statements below and pg_prepared_statements share it.
  const named = createPrismaClient(env().DATABASE_URL, { max: 1 });
  const unnamed = createPrismaClient(env().DATABASE_URL, { max: 1 }, undefined, { preparedStatements: false });
  afterAll(() => Promise.all([named.$disconnect(), unnamed.$disconnect()]));
  const square = (n: number) => prepared(Prisma.sql`SELECT ${n}::int * ${n}::int AS square`);
  const preparedOn = (client: typeof named) =>
    client.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;

  it("parses a marked statement once and runs it with each run's values", async () => {
    expect(await named.$queryRaw(square(3))).toEqual([{ square: 9 }]);
    expect(await named.$queryRaw(square(12))).toEqual([{ square: 144 }]);
    await named.$queryRaw`SELECT ${5}::int AS unmarked`;
    const statements = await preparedOn(named);
    expect(statements).toEqual([{ name: preparedStatementName(square(0).text), statement: square(0).text }]);
  });

  it("prepares nothing when turned off", async () => {
    expect(await unnamed.$queryRaw(square(4))).toEqual([{ square: 16 }]);
    expect(await preparedOn(unnamed)).toEqual([]);
  });

  it("reports a failed run and keeps the statement usable", async () => {
    const divide = (n: number) => prepared(Prisma.sql`SELECT 10 / ${n}::int AS quotient`);
    await expect(named.$queryRaw(divide(0))).rejects.toThrow(/division by zero/);
    expect(await named.$queryRaw(divide(5))).toEqual([{ quotient: 2 }]);
  });
});
