// P2: the review queue of a supervisor of three locations (the three busiest),
// status "submitted", oldest first: the first page and a deep page (80 % into
// the queue, reached by its keyset cursor). App: server response time of the
// /review page, one request at a time; baseline: the queue's SQL (sql.ts) run
// directly, one at a time, in the same run.
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../lib/db/connection.ts";
import type { BenchContext } from "../context.ts";
import { closedLoop, httpLoad, warmUp, type LoadResult } from "../load.ts";
import { notAvailable, type Figure } from "../results.ts";
import { signIn } from "../../../test/http-session.ts";
import { BENCH_PASSWORD, supervisedBy, supervisorEmail, locationId } from "../seed-rows.ts";
import { QUEUE_PAGE_SIZE, encodeQueueCursor, queuePageSql, queueRowsSql } from "../sql.ts";

/** Requests before timing a page (a few seconds of it): a deployed server has long since warmed up. */
const WARM_UP_REQUESTS = 50;
const TARGET = "p95 < 50 ms; ≤ 3× SQL";
const SUPERVISOR = 0;
const STATUS = "SUBMITTED";

function figure(id: string, title: string, app: LoadResult, sql: LoadResult): Figure {
  const ratio = app.p95 / sql.p95;
  return {
    id,
    title,
    status: "ok",
    app: { value: app.p95, unit: "ms p95", details: { p50: app.p50, p95: app.p95, requests: app.requests, errors: app.errors } },
    baseline: { value: sql.p95, unit: "ms p95", details: { p50: sql.p50, p95: sql.p95, queries: sql.requests } },
    ratio,
    ratioMeaning: "× SQL",
    target: TARGET,
    pass: app.p95 < 50 && ratio <= 3 && app.errors === 0,
  };
}

export async function runP2(ctx: BenchContext): Promise<Figure[]> {
  const titles = { first: "review queue, first page", deep: "review queue, deep page" };
  if (!existsSync(path.join(PROJECT_ROOT, "lib/review/queue.ts"))) {
    return [
      notAvailable("P2a", titles.first, TARGET, "feature missing: review queue"),
      notAvailable("P2b", titles.deep, TARGET, "feature missing: review queue"),
    ];
  }
  const locations = supervisedBy(SUPERVISOR).map(locationId);
  const { rows: counted } = await ctx.pool.query<{ n: number }>(
    `select count(*)::int as n from "RefusalReport" where "locationId" = any($1::uuid[]) and "status" = $2`,
    [locations, STATUS],
  );
  const waiting = counted[0].n;
  const deepStart = Math.max(QUEUE_PAGE_SIZE, Math.floor((waiting * 0.8) / QUEUE_PAGE_SIZE) * QUEUE_PAGE_SIZE);
  const { rows: before } = await ctx.pool.query<{ id: string; createdAt: Date }>(
    `select "id", "createdAt" from "RefusalReport" where "locationId" = any($1::uuid[]) and "status" = $2
     order by "createdAt", "id" offset $3 limit 1`,
    [locations, STATUS, deepStart - 1],
  );
  const cursor = before[0] ? { at: before[0].createdAt, id: before[0].id } : null;
  ctx.log(`  P2: ${waiting} submitted reports in 3 locations; deep page starts at row ${deepStart + 1}`);

  const cookie = await signIn(ctx.app.url, supervisorEmail(SUPERVISOR), BENCH_PASSWORD);
  const base = `${ctx.app.url}/review?status=${STATUS}&sort=age`;
  const probe = await fetch(base, { headers: { cookie }, redirect: "manual" });
  if (probe.status !== 200) {
    const reason = `/review answered ${probe.status}`;
    return [notAvailable("P2a", titles.first, TARGET, reason), notAvailable("P2b", titles.deep, TARGET, reason)];
  }

  const sqlPage = async (after: { at: Date; id: string } | null) => {
    const client = await ctx.pool.connect();
    try {
      const page = await client.query<{ id: string }>(queuePageSql(after), [locations, [STATUS], ...(after ? [after.at.toISOString(), after.id] : [])]);
      await client.query(queueRowsSql, [page.rows.map((row) => row.id), locations]);
    } finally {
      client.release();
    }
  };
  const results: Figure[] = [];
  for (const [id, title, after] of [["P2a", titles.first, null], ["P2b", titles.deep, cursor]] as const) {
    const url = after ? `${base}&cursor=${encodeQueueCursor(after)}` : base;
    // A server that has just started is still compiling its hot paths: the
    // first page's tail was 20 ms worse than the deep page's, measured after it.
    await warmUp(url, cookie, WARM_UP_REQUESTS);
    const app = await httpLoad({ url, cookies: [cookie], connections: 1, seconds: ctx.latencySeconds });
    for (let i = 0; i < 3; i++) await sqlPage(after);
    const sql = await closedLoop(1, ctx.latencySeconds, () => sqlPage(after));
    ctx.log(`  ${id}: app p50 ${app.p50.toFixed(1)} / p95 ${app.p95.toFixed(1)} ms; SQL p50 ${sql.p50.toFixed(2)} / p95 ${sql.p95.toFixed(2)} ms`);
    results.push(app.requests > 0 ? figure(id, title, app, sql) : notAvailable(id, title, TARGET, `no page served: ${app.firstError}`));
  }
  return results;
}
