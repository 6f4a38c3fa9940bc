import { PassThrough } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { copyOut, inlineSql } from "./copy";

const backends = (name: string) => db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE application_name = ${name}`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("inlineSql", () => {
  it("writes values as literals that read back as the bind parameters did", async () => {
    const text = "O'Brien \\ \"cytat\" ; , \n Żółć 🙂 $1 ?";
    const query = Prisma.sql`SELECT ${text}::text AS t, ${[text, "b", ""]}::text[] AS a, ${new Date("2026-03-29T00:59:59.999Z")}::timestamp(3) AS d,
      ${42.5}::float8 AS n, ${true}::boolean AS b, ${null}::text AS z, ${[]}::uuid[] AS e`;
    const inlined = inlineSql(query);
    expect(await db.$queryRawUnsafe(inlined)).toEqual(await db.$queryRaw(query));
  });

  it("refuses values it cannot write", () => {
    expect(() => inlineSql(Prisma.sql`SELECT ${{ a: 1 }}`)).toThrow(/unsupported/);
    expect(() => inlineSql(Prisma.sql`SELECT ${Number.NaN}`)).toThrow(/unsupported/);
  });
});

describe("copyOut", () => {
  it("streams the rows of a SELECT through the given transform, with the session settings", async () => {
    const out = await copyOut("SELECT g, current_setting('TimeZone') FROM generate_series(1, 3) g", "FORMAT csv", {
      settings: { TimeZone: "America/St_Johns" },
      through: new PassThrough(),
    });
    expect(await readAll(out)).toBe("1,America/St_Johns\n2,America/St_Johns\n3,America/St_Johns\n");
  });

  it("runs with a long statement timeout and a check for a reader gone away", async () => {
    const out = await copyOut("SELECT current_setting('statement_timeout'), current_setting('client_connection_check_interval')", "FORMAT csv", {
      through: new PassThrough(),
    });
    expect(await readAll(out)).toBe("30min,1s\n");
  });

  it("gives its connection back after a failed statement (more failures than the pool has connections)", async () => {
    for (let i = 0; i < 6; i++) {
      const out = await copyOut("SELECT 1 / (g - g) FROM generate_series(1, 2) g", "FORMAT csv", { through: new PassThrough() });
      await expect(readAll(out)).rejects.toThrow(/division by zero/);
    }
    expect(await readAll(await copyOut("SELECT 'ok'", "FORMAT csv", { through: new PassThrough() }))).toBe("ok\n");
  });

  it("stops the statement when the reader goes away mid-way", async () => {
    const name = `copy-test ${randomUUID()}`;
    // 10 kB rows at 100 a second: 1,000 seconds if nothing stopped it.
    const out = await copyOut("SELECT g, repeat('x', 10000), pg_sleep(0.01) FROM generate_series(1, 100000) g", "FORMAT csv", {
      settings: { application_name: name },
      through: new PassThrough(),
    });
    const first = await out[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);
    expect(await backends(name)).toHaveLength(1);
    out.destroy();
    let left = 1;
    for (let tries = 0; tries < 100 && left > 0; tries++) {
      await sleep(100);
      left = (await backends(name)).length;
    }
    expect(left).toBe(0);
  });
});
