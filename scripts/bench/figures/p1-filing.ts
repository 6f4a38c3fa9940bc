// P1: report submits per second through the whole stack (HTTP → session →
// zod → Prisma → report + audit + outbox rows), 50 concurrent clients, each
// a different signed-in employee; baseline: the app's own statements
// (lib/reports/filing-sql.ts: the number from the per-year sequence, then the
// report, audit event and outbox event in one statement) sent with raw pg at
// the same concurrency. Beside them, the health route's rate: what Next.js
// answers at all on this machine, the ceiling of any route. What the app and
// the baseline add to the bench database is removed at the end of the run
// (../cleanup.ts).
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../../../lib/db/connection.ts";
import { asPgQuery } from "../../../lib/db/prepared.ts";
import { fileReportStatement, formatReportNumber, nextNumberStatement, reportYear } from "../../../lib/reports/filing-sql.ts";
import type { BenchContext } from "../context.ts";
import { closedLoop, httpLoad, waitForQuiet, warmUp } from "../load.ts";
import { notAvailable, type Figure } from "../results.ts";
import { signInAll } from "../../../test/http-session.ts";
import { validInput } from "../../../test/report-input.ts";
import { BENCH_PASSWORD, EMPLOYEES, LOCATIONS, employeeEmail, employeeId, locationId } from "../seed-rows.ts";

const TITLE = "report submits/s, 50 clients";
const TARGET = "≥ 40 % of baseline; p99 < 150 ms";
const CONNECTIONS = 50;

/** The form's fields for one report by employee `j` (the same for the app and the baseline). */
export function reportInput(j: number) {
  return validInput({
    occurredAt: new Date(Date.now() - 15 * 60_000).toISOString(),
    locationId: locationId(j % LOCATIONS),
    category: "AGAINST_POLICY",
    aggressionKinds: [],
    narrative: "Klient chciał zwrócić towar bez paragonu po terminie; wyjaśniłam zasady regulaminu zwrotów i odmówiłam przyjęcia zwrotu.",
    customerRequest: "Zwrot gotówki za towar kupiony ponad miesiąc temu, bez paragonu.",
    reasonsExplanation: "Pokazałam zapis regulaminu o zwrotach tylko z dowodem zakupu.",
    alternativeOffered: true,
    alternativeDescription: "Zaproponowałam reklamację przez infolinię.",
    riskLostCustomer: true,
  });
}

export async function runP1(ctx: BenchContext): Promise<Figure> {
  if (!existsSync(path.join(PROJECT_ROOT, "app/api/reports/route.ts"))) {
    return notAvailable("P1", TITLE, TARGET, "feature missing: POST /api/reports");
  }
  const people = Array.from({ length: ctx.quick ? 5 : CONNECTIONS }, (_, k) => (k * 101) % EMPLOYEES);
  const cookies = await signInAll(ctx.app.url, people.map(employeeEmail), BENCH_PASSWORD);
  const personOf = new Map(cookies.map((cookie, k) => [cookie, people[k]]));
  const pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: CONNECTIONS });
  pool.on("error", () => {});
  try {
    // Warm: each person files once (route compiled, pools filled); the baseline opens its connections.
    for (const [k, cookie] of cookies.entries()) {
      await warmUp(`${ctx.app.url}/api/reports`, cookie, 1, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(reportInput(people[k])),
      });
    }
    const clients = await Promise.all(Array.from({ length: CONNECTIONS }, () => pool.connect()));
    clients.forEach((client) => client.release());
    const app = await httpLoad({
      url: `${ctx.app.url}/api/reports`,
      method: "POST",
      cookies,
      connections: CONNECTIONS,
      seconds: ctx.loadSeconds,
      contentType: "application/json",
      body: (cookie) => JSON.stringify(reportInput(personOf.get(cookie) ?? people[0])),
      expectStatus: 201,
    });
    await waitForQuiet(pool);
    ctx.log(`  P1 app: ${app.perSecond.toFixed(1)}/s, p50 ${app.p50.toFixed(1)} ms, p99 ${app.p99.toFixed(1)} ms, errors ${app.errors}${app.firstError ? ` (${app.firstError})` : ""}`);
    const baseline = await closedLoop(CONNECTIONS, ctx.loadSeconds, async (worker) => {
      const j = people[worker % people.length];
      const input = reportInput(j);
      // The app's own statements: the number in a one-statement transaction
      // of its own, then the filing's one statement (report, audit, outbox),
      // prepared under the same names as the app's.
      const year = reportYear(new Date());
      const next = nextNumberStatement(year);
      const { rows } = await pool.query<{ last: number }>(asPgQuery(next));
      const filing = fileReportStatement({ id: randomUUID(), number: formatReportNumber(year, rows[0].last), reporterId: employeeId(j), form: input });
      await pool.query(asPgQuery(filing));
    });
    ctx.log(`  P1 pg: ${baseline.perSecond.toFixed(1)}/s, p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms`);
    // The framework's own ceiling on this machine, in the same run: a route
    // that reads no session and no body and runs one `SELECT 1` (the health
    // check), at the same concurrency. No filing can be answered faster than
    // this, so it says how much of the baseline the target leaves to reach.
    const healthRoute = await httpLoad({ url: `${ctx.app.url}/api/health`, cookies: [""], connections: CONNECTIONS, seconds: ctx.loadSeconds });
    ctx.log(`  P1 health route: ${healthRoute.perSecond.toFixed(1)}/s, p50 ${healthRoute.p50.toFixed(1)} ms, p99 ${healthRoute.p99.toFixed(1)} ms`);
    if (app.requests === 0) return notAvailable("P1", TITLE, TARGET, `no report filed: ${app.firstError ?? "no response"}`);
    if (baseline.requests === 0) return notAvailable("P1", TITLE, TARGET, `baseline wrote nothing: ${baseline.firstError ?? "no transaction"}`);
    const ratio = app.perSecond / baseline.perSecond;
    return {
      id: "P1",
      title: TITLE,
      status: "ok",
      app: {
        value: app.perSecond,
        unit: "/s",
        details: { p50: app.p50, p99: app.p99, requests: app.requests, errors: app.errors, healthRoutePerSecond: healthRoute.perSecond, healthRouteP99: healthRoute.p99 },
      },
      baseline: { value: baseline.perSecond, unit: "/s", details: { p50: baseline.p50, p99: baseline.p99, transactions: baseline.requests } },
      ratio,
      ratioMeaning: "of baseline",
      target: TARGET,
      pass: ratio >= 0.4 && app.p99 < 150 && app.errors === 0,
    };
  } finally {
    await pool.end();
  }
}
