import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { aggregate } from "./aggregate";

const setting = Prisma.sql`SELECT current_setting('max_parallel_workers_per_gather') AS workers`;

describe("aggregate", () => {
  it("runs its query without parallel workers, and leaves the pooled connections as they were", async () => {
    const [before] = await db.$queryRaw<{ workers: string }[]>(setting);
    expect(before.workers).not.toBe("0");
    const [inside] = await aggregate<{ workers: string }[]>(setting);
    expect(inside.workers).toBe("0");
    // Every connection of the pool, after: SET LOCAL ended with the transaction.
    const after = await Promise.all(Array.from({ length: 8 }, () => db.$queryRaw<{ workers: string }[]>(setting)));
    expect(after.map(([row]) => row.workers)).toEqual(Array(8).fill(before.workers));
  });

  it("runs at most DB_AGGREGATE_MAX at once, in the order asked, and leaves the pool to other queries", async () => {
    const limit = env().DB_AGGREGATE_MAX;
    const marker = `aggregate-probe-${crypto.randomUUID()}`;
    // Each probe counts the probes running in the database as it starts (itself
    // included), then holds its connection for half a second.
    const probe = () =>
      aggregate<{ running: number }[]>(Prisma.sql`
        SELECT (SELECT count(*)::int FROM pg_stat_activity WHERE state = 'active' AND query LIKE ${`%${marker}%`} AND pid <> pg_backend_pid()) + 1 AS running
        FROM pg_sleep(0.5) -- ${Prisma.raw(marker)}`);
    const finished: (number | "plain")[] = [];
    const probes = Array.from({ length: limit * 3 }, (_, i) => probe().then(([row]) => (finished.push(i), row.running)));
    // Asked after them all, a query of another kind is not queued behind them.
    const plain = db.$queryRaw`SELECT 1`.then(() => finished.push("plain"));
    const running = await Promise.all(probes);
    await plain;
    expect(Math.max(...running)).toBe(limit);
    expect(finished[0]).toBe("plain");
    expect(finished.slice(1, limit + 1).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: limit }, (_, i) => i));
  });
});
