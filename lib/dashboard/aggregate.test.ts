import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { holdTransaction } from "@/test/locks";
import { aggregate } from "./aggregate";

const setting = Prisma.sql`SELECT current_setting('max_parallel_workers_per_gather') AS workers`;
/** The first key of the advisory lock the probes below wait on (the second is per run). */
const PROBE_LOCK = 4_201;

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
    // The gate: an advisory lock (a key of this run's own) the test holds
    // exclusively. Each probe waits for a shared hold of it, so every probe
    // that has started stays in the database until the test opens the gate.
    const key = Math.floor(Math.random() * 2 ** 31);
    const gate = await holdTransaction((tx) => tx.$queryRaw`SELECT 1 AS held FROM pg_advisory_xact_lock(${PROBE_LOCK}::int, ${key}::int)`);
    const gatePid = gate.pid;
    const finished: number[] = [];
    const probes = Array.from({ length: limit * 3 }, (_, i) =>
      aggregate(Prisma.sql`
        SELECT 1 AS through FROM pg_advisory_xact_lock_shared(${PROBE_LOCK}::int, ${key}::int) -- ${Prisma.raw(`${marker}:${i}`)}`).then(() => finished.push(i)),
    );
    // The probes running in the database now: each is held at the gate.
    const atGate = async () =>
      (
        await db.$queryRaw<{ probe: number }[]>`
          SELECT substring(query from ${`${marker}:([0-9]+)`})::int AS probe FROM pg_stat_activity
          WHERE pg_blocking_pids(pid) @> array[${gatePid}::int] AND query LIKE ${`%${marker}%`} ORDER BY probe`
      ).map((row) => row.probe);
    try {
      await vi.waitFor(async () => expect((await atGate()).length).toBeGreaterThanOrEqual(limit), { timeout: 20_000, interval: 50 });
      // Asked after them all, a query of another kind is not queued behind them:
      // it is answered while they still hold their connections.
      let answered = false;
      void db.$queryRaw`SELECT 1`.then(() => (answered = true));
      await vi.waitFor(() => expect(answered).toBe(true), { timeout: 20_000, interval: 50 });
      expect(finished).toEqual([]);
      // Exactly the first DB_AGGREGATE_MAX asked have started; the rest wait in the process.
      expect(await atGate()).toEqual(Array.from({ length: limit }, (_, i) => i));
    } finally {
      await gate.commit();
    }
    await Promise.all(probes);
    expect(finished.sort((a, b) => a - b)).toEqual(Array.from({ length: limit * 3 }, (_, i) => i));
  });
});
