// Durability under faults (issue 9): concurrent clients file reports with
// idempotency keys while the server is killed with SIGKILL, or PostgreSQL is
// restarted; clients retry what was not acknowledged. Afterwards every
// acknowledged report is stored exactly once and nothing unknown is stored.
// DURABILITY_REPORTS_PER_CLIENT raises the load (default 4 × 50 clients).
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { audit, runLoad, World } from "./durability/harness";

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
  const marker = `kill9-${randomUUID().slice(0, 8)}`;
  let restart: Promise<void> | null = null;
  const { figures, keys } = await runLoad({
    base: world.base,
    ...prepared,
    clients: CLIENTS,
    perClient: PER_CLIENT,
    marker,
    onAck: (acknowledged) => {
      if (!restart && acknowledged >= TOTAL / 3) {
        world.killServer();
        restart = new Promise((resolve) => setTimeout(resolve, 1_000)).then(() => world.startServer());
      }
    },
  });
  await restart;
  const result = await audit(world, marker, keys);
  report("kill -9 run", { ...result, attempts: figures.attempts, failedAttempts: figures.failedAttempts, byStatus: figures.statuses });
  expect(restart, "the server was killed mid-load").not.toBeNull();
  expect(figures.failedAttempts, "some requests met the dead server").toBeGreaterThan(0);
  // Requests caught by the kill may fail in any way (reset, timeout, a half-written
  // answer); what counts is that the retries leave exactly the acknowledged reports.
  expect(result).toMatchObject({ acknowledged: TOTAL, found: TOTAL, duplicated: 0, unknown: 0, rows: TOTAL });
});
