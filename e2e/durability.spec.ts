// Durability under faults (issue 9): concurrent clients file reports with
// idempotency keys while the server is killed with SIGKILL, or PostgreSQL is
// restarted; clients retry what was not acknowledged. Afterwards every
// acknowledged report is stored exactly once and nothing unknown is stored.
// DURABILITY_REPORTS_PER_CLIENT raises the load (default 4 × 50 clients).
import { expect, test } from "@playwright/test";
import { loadThroughFault } from "./durability/fault-run";
import { World } from "./durability/harness";

const CLIENTS = 50;
const PER_CLIENT = Number(process.env.DURABILITY_REPORTS_PER_CLIENT ?? 4);
const TOTAL = CLIENTS * PER_CLIENT;

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

let world: World;
let prepared: { locationId: string; cookies: string[] };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  world = new World(55170 + (process.pid % 10), 3170 + (process.pid % 10));
  await world.startDatabase();
  prepared = await world.prepare(10);
  await world.startServer();
});

test.afterAll(async () => {
  await world?.dispose();
});

function report(name: string, figures: object) {
  const line = `${name}: ${JSON.stringify(figures)}`;
  console.log(line);
  test.info().annotations.push({ type: "summary", description: line });
}

test("kill -9 of the server mid-load loses and duplicates nothing acknowledged", async () => {
  const { figures, faulted, result } = await loadThroughFault({
    world,
    prepared,
    name: "kill9",
    clients: CLIENTS,
    perClient: PER_CLIENT,
    fault: async () => {
      world.killServer();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await world.startServer();
    },
  });
  report("kill -9 run", { ...result, attempts: figures.attempts, failedAttempts: figures.failedAttempts, byStatus: figures.statuses });
  expect(faulted, "the server was killed mid-load").toBe(true);
  expect(figures.failedAttempts, "some requests met the dead server").toBeGreaterThan(0);
  // Requests caught by the kill may fail in any way (reset, timeout, a half-written
  // answer); what counts is that the retries leave exactly the acknowledged reports.
  expect(result).toMatchObject({ acknowledged: TOTAL, found: TOTAL, duplicated: 0, unknown: 0, rows: TOTAL });
});

test("PostgreSQL restarted mid-load: the app answers 503 meanwhile, reconnects by itself, and loses nothing acknowledged", async () => {
  const duringOutage: { status: number | "network"; ms: number }[] = [];
  const { figures, faulted, result } = await loadThroughFault({
    world,
    prepared,
    name: "pgrestart",
    clients: CLIENTS,
    perClient: PER_CLIENT,
    fault: async () => {
      await world.stopDatabase();
      // While the database is down the app answers promptly (503), it does not hang.
      for (let probe = 0; probe < 3; probe++) {
        const started = Date.now();
        const status = await fetch(`${world.base}/api/health`, { signal: AbortSignal.timeout(20_000) })
          .then(async (response) => (await response.arrayBuffer(), response.status))
          .catch(() => "network" as const);
        duringOutage.push({ status, ms: Date.now() - started });
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await world.startDatabase();
    },
  });
  report("PostgreSQL restart run", {
    ...result,
    attempts: figures.attempts,
    failedAttempts: figures.failedAttempts,
    byStatus: figures.statuses,
    healthDuringOutage: duringOutage,
  });
  expect(faulted, "PostgreSQL was restarted mid-load").toBe(true);
  expect(duringOutage.map((probe) => probe.status)).toEqual([503, 503, 503]);
  expect(figures.statuses["503"] ?? 0, "filings during the outage were answered 503").toBeGreaterThan(0);
  const serverErrors = world.serverLog.split("\n").filter((line) => line.includes("unexpected error"));
  expect(figures.statuses["500"] ?? 0, serverErrors.slice(0, 5).join("\n")).toBe(0);
  // The same server process, never restarted, serves again once the database is back.
  const health = await fetch(`${world.base}/api/health`);
  expect(health.status).toBe(200);
  expect(result).toMatchObject({ acknowledged: TOTAL, found: TOTAL, duplicated: 0, unknown: 0, rows: TOTAL });
});
