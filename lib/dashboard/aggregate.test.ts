import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
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
});
