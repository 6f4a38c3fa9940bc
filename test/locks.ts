// For tests of what waits on a lock: a transaction that takes its locks, then
// stays open until the test lets it commit.
import { expect, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface HeldTransaction {
  /** The transaction's backend, to find who waits behind it with pg_blocking_pids. */
  pid: number;
  /** Lets it commit, and waits until it has. */
  commit: () => Promise<void>;
}

/** Runs `hold` in a transaction and resolves once it is done, with the transaction still open. */
export async function holdTransaction(hold: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<HeldTransaction> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: (pid: number) => void;
  let failed!: (error: unknown) => void;
  const holding = new Promise<number>((resolve, reject) => {
    held = resolve;
    failed = reject;
  });
  const done = db.$transaction(async (tx) => {
    const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`;
    await hold(tx);
    held(pid);
    await released;
  }, { timeout: 60_000 });
  done.catch(failed);
  const pid = await holding;
  return {
    pid,
    commit: async () => {
      release();
      await done;
    },
  };
}

/** How many backends wait on `pid` right now (pg_blocking_pids). */
export async function waitersOn(pid: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where pg_blocking_pids(pid) @> array[${pid}::int]`;
  return row.n;
}

/**
 * How many backends wait behind `pid`, directly or behind one that waits on
 * it (other test files share the database; only a test's own wait on its rows).
 */
export async function waitersBehind(pid: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    with recursive behind(pid) as (
      select pid from pg_stat_activity where pg_blocking_pids(pid) @> array[${pid}::int]
      union
      select activity.pid from pg_stat_activity activity join behind on pg_blocking_pids(activity.pid) @> array[behind.pid]
    )
    select count(*)::int as n from behind`;
  return row.n;
}

/** Resolves once exactly `count` backends wait on `pid` (fails after 20 s). */
export function untilWaitersOn(pid: number, count = 1) {
  return vi.waitFor(async () => expect(await waitersOn(pid)).toBe(count), { timeout: 20_000, interval: 50 });
}
