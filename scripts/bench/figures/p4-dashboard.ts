// P4: the HR dashboard for one year (the last 365 days, HR scope, no other
// filter): p95 of the /hr page, one request at a time; baseline: the same
// aggregate SQL for the period and the period before, run side by side as
// the page runs them. The page streams its sections as they are ready: the
// details also say when the first byte and the totals cards arrive (p50 of
// 10 reads), and how long the last calendar month, the view HR's monthly
// summary starts from, takes (monthP50/monthP95).
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../lib/db/connection.ts";
import type { BenchContext } from "../context.ts";
import { closedLoop, httpLoad, percentile, streamedPage, warmUp } from "../load.ts";
import { notAvailable, type Figure } from "../results.ts";
import { signIn } from "../../../test/http-session.ts";
import { BENCH_PASSWORD, HR_EMAIL } from "../seed-rows.ts";
import { DASHBOARD_TOTALS_SQL, WARSAW_MIDNIGHT_SQL, warsawDay } from "../sql.ts";

const TITLE = "HR dashboard, one year";
const TARGET = "p95 < 300 ms";
const DEADLINE_HOURS = 48;
const SLOW_PAGE_REQUESTS = 10;
/** Where the page's first section, the totals cards, begins in its HTML. */
const TOTALS_MARKER = 'data-testid="total-reports"';

export async function runP4(ctx: BenchContext): Promise<Figure> {
  if (!existsSync(path.join(PROJECT_ROOT, "lib/dashboard/filters.ts"))) {
    return notAvailable("P4", TITLE, TARGET, "feature missing: HR dashboard");
  }
  const from = warsawDay(-364);
  const to = warsawDay(0);
  const cookie = await signIn(ctx.app.url, HR_EMAIL, BENCH_PASSWORD);
  const url = `${ctx.app.url}/hr?preset=custom&from=${from}&to=${to}`;
  const probe = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (probe.status !== 200) return notAvailable("P4", TITLE, TARGET, `/hr answered ${probe.status}`);

  const at = async (day: string) => (await ctx.pool.query<{ at: Date }>(WARSAW_MIDNIGHT_SQL, [day])).rows[0].at;
  const [start, end, previousStart] = await Promise.all([at(from), at(warsawDay(1)), at(warsawDay(-729))]);
  await warmUp(url, cookie);
  // Pages of several seconds: a count of them, not a time (10 s of them gave one).
  const app = await httpLoad({ url, cookies: [cookie], connections: 1, seconds: ctx.latencySeconds, requests: ctx.quick ? undefined : SLOW_PAGE_REQUESTS });
  const streamed: Awaited<ReturnType<typeof streamedPage>>[] = [];
  for (let i = 0; i < (ctx.quick ? 2 : SLOW_PAGE_REQUESTS); i++) streamed.push(await streamedPage(url, cookie, TOTALS_MARKER));
  const median = (key: "firstByte" | "marker") => percentile(streamed.map((read) => read[key]).sort((a, b) => a - b), 50);
  const monthUrl = `${ctx.app.url}/hr?preset=lastMonth`;
  await warmUp(monthUrl, cookie);
  const month = await httpLoad({ url: monthUrl, cookies: [cookie], connections: 1, seconds: ctx.latencySeconds });
  const totals = async () => {
    // Timestamps as UTC ISO text: the columns are UTC timestamps without a zone.
    const overdueBefore = new Date(Date.now() - DEADLINE_HOURS * 3_600_000).toISOString();
    await Promise.all([
      ctx.pool.query(DASHBOARD_TOTALS_SQL, [start.toISOString(), end.toISOString(), overdueBefore]),
      ctx.pool.query(DASHBOARD_TOTALS_SQL, [previousStart.toISOString(), start.toISOString(), overdueBefore]),
    ]);
  };
  for (let i = 0; i < 3; i++) await totals();
  const sql = await closedLoop(1, ctx.latencySeconds, totals);
  ctx.log(
    `  P4: app p50 ${app.p50.toFixed(0)} / p95 ${app.p95.toFixed(0)} ms; SQL p50 ${sql.p50.toFixed(0)} / p95 ${sql.p95.toFixed(0)} ms;` +
      ` first byte p50 ${median("firstByte").toFixed(0)} ms, totals cards p50 ${median("marker").toFixed(0)} ms;` +
      ` last month p50 ${month.p50.toFixed(0)} / p95 ${month.p95.toFixed(0)} ms`,
  );
  if (app.requests === 0) return notAvailable("P4", TITLE, TARGET, `no page served: ${app.firstError}`);
  if (Number.isNaN(median("marker"))) return notAvailable("P4", TITLE, TARGET, "the totals cards never arrived");
  if (month.requests === 0) return notAvailable("P4", TITLE, TARGET, `no month page served: ${month.firstError}`);
  return {
    id: "P4",
    title: TITLE,
    status: "ok",
    app: {
      value: app.p95,
      unit: "ms p95",
      details: {
        p50: app.p50,
        p95: app.p95,
        requests: app.requests,
        errors: app.errors,
        firstByteP50: median("firstByte"),
        totalsP50: median("marker"),
        monthP50: month.p50,
        monthP95: month.p95,
        monthRequests: month.requests,
        monthErrors: month.errors,
      },
    },
    baseline: { value: sql.p95, unit: "ms p95", details: { p50: sql.p50, p95: sql.p95, queries: sql.requests } },
    ratio: app.p95 / sql.p95,
    ratioMeaning: "× SQL",
    target: TARGET,
    pass: app.p95 < 300 && app.errors === 0 && month.errors === 0,
  };
}
