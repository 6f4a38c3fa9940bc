import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { DEMO, signInAs } from "./fixtures";

// The app under test runs with its background worker, as `npm start` does.
// Reports and review steps are written the way the filing and review services
// write them (report row + outbox event in one transaction), so this spec
// follows the notification path whatever those screens look like.
let worker: ChildProcess;
let client: pg.Client;

test.use({ locale: "en-US" });

test.beforeAll(async () => {
  const databaseUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("run with npm run test:e2e");
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  worker = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
});

test.afterAll(async () => {
  worker?.kill("SIGTERM");
  await client?.end();
});

async function userId(email: string): Promise<string> {
  const { rows } = await client.query(`select id from "User" where email = $1`, [email]);
  return rows[0].id;
}

/** An employee's report at their location, with its report.submitted event, in one transaction. */
async function fileReport(email: string) {
  const reporterId = await userId(email);
  const number = `R-E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
  await client.query("begin");
  const { rows } = await client.query(
    `insert into "RefusalReport" (id, number, "idempotencyKey", "reporterId", "locationId", "occurredAt", category,
       "aggressionKinds", narrative, "customerRequest", "reasonsExplained", "alternativeOffered", "updatedAt")
     select gen_random_uuid(), $1, gen_random_uuid()::text, $2, "locationId", now(), 'SAFETY_BREACH', '{}',
       'Klient groził ochronie.', 'Wejście na zaplecze.', true, false, now()
     from "UserLocation" where "userId" = $2 limit 1
     returning id`,
    [number, reporterId],
  );
  await client.query(`insert into "OutboxEvent" (type, payload) values ('report.submitted', $1)`, [
    JSON.stringify({ reportId: rows[0].id, actorId: reporterId }),
  ]);
  await client.query("commit");
  return { id: rows[0].id as string, number };
}

async function decide(reportId: string, supervisorEmail: string) {
  const supervisorId = await userId(supervisorEmail);
  await client.query("begin");
  await client.query(`update "RefusalReport" set status = 'JUSTIFIED', "assigneeId" = $2, "decidedAt" = now(), version = version + 1 where id = $1`, [
    reportId,
    supervisorId,
  ]);
  await client.query(`insert into "OutboxEvent" (type, payload) values ('report.decided', $1)`, [
    JSON.stringify({ reportId, actorId: supervisorId }),
  ]);
  await client.query("commit");
}

/** Reloads until the worker has dispatched: the bell is read on every page load. */
async function expectNotification(page: Page, text: RegExp) {
  await expect(async () => {
    await page.goto("/notifications");
    await expect(page.getByTestId("notification-list")).toContainText(text, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test("a new report shows in the supervisor's bell; the decision shows in the employee's", async ({ page }) => {
  const report = await fileReport(DEMO.employee.email);

  await signInAs(page, "supervisor");
  await expectNotification(page, new RegExp(`New report ${report.number}`));
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAttribute("aria-label", /Notifications, \d+ unread/);
  const item = page.locator("li", { hasText: report.number });
  await expect(item.getByRole("link", { name: `Open report ${report.number}` })).toHaveAttribute("href", `/review/${report.number}`);
  await item.getByRole("button", { name: "Mark as read" }).click();
  await expect(item.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await expect(item).not.toHaveAttribute("data-unread", "true");

  await decide(report.id, DEMO.supervisor.email);
  await page.context().clearCookies();
  await signInAs(page, "employee");
  await expectNotification(page, new RegExp(`A decision has been made on your report ${report.number}`));
  await expect(page.getByTestId("unread-count")).not.toHaveText("0");
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => ["serious", "critical"].includes(v.impact ?? ""))).toEqual([]);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("unread-count")).toHaveCount(0);
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, none unread");
});

test("a person switches off e-mail for one kind and the choice is kept", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/notifications/preferences");
  const decisions = page.getByRole("checkbox", { name: "A decision on my report" });
  await expect(decisions).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "A new report at my location" })).toHaveCount(0);
  await decisions.uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "A decision on my report" })).not.toBeChecked();
  await page.getByRole("checkbox", { name: "A decision on my report" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
});
