import "server-only";
import pLimit, { type LimitFunction } from "p-limit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

// Created on first use, like the database client, so that importing this
// module (and `next build`) never reads the environment.
let running: LimitFunction | undefined;

/**
 * Runs one of the dashboard's aggregate queries, at most DB_AGGREGATE_MAX of
 * them at once in this process and without parallel workers.
 *
 * A dashboard page asks for about a dozen at once. Run all together, they took
 * every pooled connection for a second or more at a million reports, so the
 * page's own first query (the filter's locations) and everyone else's
 * requests (filings, the review queue) waited behind them. On the bench's two
 * cores, two at a time also finished a year's sooner (~950 ms) than all at
 * once (1.2–1.7 s). Queued in the order asked, the page's first sections are
 * ready first.
 *
 * With PostgreSQL's default of two extra workers each, they also fought over
 * the same cores: on the bench (2 CPUs, a year of a million reports) a grouped
 * count took 110 ms parallel against 45 ms serial. The setting is local to
 * this query's transaction; the exports' single large COPY keeps its parallel plan.
 */
export function aggregate<T>(query: Prisma.Sql): Promise<T> {
  running ??= pLimit(env().DB_AGGREGATE_MAX);
  return running(async () => {
    const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`, db.$queryRaw<T>(query)]);
    return rows;
  });
}
