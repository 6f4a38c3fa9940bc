import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { cloneDemoEmployee } from "./authz/http";
import { DEMO, signIn } from "./fixtures";

// The app under test runs with its background worker, as `npm start` does.
// The employee files through the real form; the decision is written the way
// the review service writes it (report change + outbox event in one
// transaction).
let worker: ChildProcess;
let client: pg.Client;

test.use({ locale: "en-US" });
// Each test crosses several sign-ins and a worker round trip: give a busy machine room.
test.describe.configure({ timeout: 180_000 });

async function signInAs(page: Page, who: keyof typeof DEMO) {
  await signIn(page, DEMO[who].email);
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`), { timeout: 30_000 });
}

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

/** Files a report through the employee's form (in Polish, the default language) and returns its number. */
async function fileReport(browser: Browser) {
  const context = await browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  await signInAs(page, "employee");
  await page.goto("/reports/new");
  await page.getByRole("radio", { name: /^Naruszenie zasad bezpieczeństwa/ }).check();
  await page.getByLabel("Co się wydarzyło").fill(`Klient wszedł na zaplecze mimo zakazu ${randomUUID().slice(0, 6)}`);
  await page.getByLabel("O co prosił klient").fill("Wejście na zaplecze");
  await page.getByRole("group", { name: /wyjaśniono/ }).getByRole("radio", { name: "Tak" }).check();
  await page.getByRole("group", { name: /zaproponowano/ }).getByRole("radio", { name: "Nie" }).check();
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  const number = (await page.getByTestId("report-number").textContent())!.trim();
  await context.close();
  const { rows } = await client.query(`select id from "RefusalReport" where number = $1`, [number]);
  return { id: rows[0].id as string, number };
}

/** The review service's decision, as it writes it: the report change and its outbox event in one transaction. */
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
  }).toPass({ timeout: 60_000 });
}

test("a new report shows in the supervisor's bell; the decision shows in the employee's", async ({ page, browser }) => {
  const report = await fileReport(browser);

  await signInAs(page, "supervisor");
  await expectNotification(page, new RegExp(`New report ${report.number}`));
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAttribute("aria-label", /Notifications, \d+ unread/);
  const item = page.locator("li", { hasText: report.number });
  await expect(item.getByRole("link", { name: `Open report ${report.number}` })).toHaveAttribute("href", `/review/${report.number}`);
  await item.getByRole("button", { name: "Mark as read" }).click();
  await expect(item.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await expect(item).not.toHaveAttribute("data-unread", "true");
  // The button is gone: the page says so, and the keyboard goes on from that notification, not from the top.
  await expect(page.getByTestId("announcer")).toHaveText("Marked as read.");
  await expect(item.getByRole("link", { name: `Open report ${report.number}` })).toBeFocused();

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

test("unread notifications older than the newest 50 can still be cleared, after a sign-in again if the session ended", async ({ page }) => {
  // An account of its own (a copy of the employee's, same password): one old unread notification under 50 newer read ones.
  const email = `bell.${randomUUID().slice(0, 8)}@firma.example`;
  const userId = await cloneDemoEmployee(client, email, "Bell Employee");
  const data = JSON.stringify({ number: "R-2026-000001", category: "OTHER", locationName: "Warszawa", outboxEventId: "0" });
  await client.query(
    `insert into "Notification" (id, "userId", kind, data, "createdAt", "readAt")
     select gen_random_uuid(), $1, 'report_decided', $2::jsonb, now() - make_interval(mins => n), case when n > 50 then null else now() end
     from generate_series(1, 51) as n`,
    [userId, data],
  );
  await signIn(page, email);
  await expect(page).toHaveURL(/\/reports$/, { timeout: 30_000 });
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, 1 unread");
  await page.goto("/notifications");
  await expect(page.locator("li[data-unread='true']")).toHaveCount(0);

  // Signed out elsewhere (another tab): the button says so, as trying again cannot help.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your session has ended. Sign in again." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark all as read" })).toBeFocused();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/reports$/, { timeout: 30_000 });
  await page.goto("/notifications");

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Notifications, none unread");
});

/** A mail job that used up its retries, as pg-boss leaves one after the SMTP server kept refusing it. */
async function failedMailJob() {
  await expect(async () => {
    const { rows } = await client.query(`select to_regclass('pgboss.queue') is not null and exists (select 1 from pgboss.queue where name = 'mail-send') as ready`);
    expect(rows[0].ready).toBe(true);
  }).toPass({ timeout: 60_000 });
  const { rows } = await client.query(
    `insert into pgboss.job (name, data, state, retry_limit, retry_count, retry_backoff, output, completed_on, policy)
     values ('mail-send', $1, 'failed', 1, 1, true, '{"message":"451 Mailbox temporarily unavailable"}', now(), 'standard') returning id`,
    [JSON.stringify({ notificationId: randomUUID() })],
  );
  return rows[0].id as string;
}

test("an admin sees failing jobs, retries one, and downloads a person's data; others may not", async ({ page, request }) => {
  const jobId = await failedMailJob();
  await signInAs(page, "admin");
  await page.getByRole("link", { name: "Background jobs" }).click();
  await expect(page.getByRole("heading", { name: "Background jobs" })).toBeVisible();
  const failing = page.getByTestId("mail-problems").locator("tr", { hasText: "451 Mailbox temporarily unavailable" });
  await expect(failing).toContainText("Failed");
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => ["serious", "critical"].includes(v.impact ?? ""))).toEqual([]);
  await failing.getByRole("button", { name: "Retry now" }).click();
  // Back in the queue; the worker takes it (its notification is gone, so it completes without a mail).
  await expect(async () => {
    const { rows } = await client.query(`select state from pgboss.job where id = $1 union all select state from pgboss.archive where id = $1`, [jobId]);
    expect(rows[0]?.state).toBe("completed");
  }).toPass({ timeout: 60_000 });
  await page.reload();
  await expect(page.getByText("451 Mailbox temporarily unavailable")).toHaveCount(0);

  const annaId = await userId(DEMO.employee.email);
  const exportPath = `/api/admin/users/${annaId}/export`;
  const audited = async () =>
    Number((await client.query(`select count(*) from "AuditEvent" where action = 'admin.user.exported' and "entityId" = $1`, [annaId])).rows[0].count);
  const auditedBefore = await audited();
  await page.goto(`/admin/users/${annaId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download personal data (JSON)" }).click()]);
  expect(download.suggestedFilename()).toBe(`personal-data-${annaId}.json`);
  const body = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(body.person.email).toBe(DEMO.employee.email);
  expect(body.reports.length).toBeGreaterThan(0);
  expect(body.reports.every((report: Record<string, unknown>) => !("customerDescription" in report))).toBe(true);
  expect(await audited()).toBe(auditedBefore + 1);
  await expect(page).toHaveURL(new RegExp(`/admin/users/${annaId}$`));

  // Not by a link or a form on another site, though the admin is signed in: no export, no audit event.
  expect((await page.request.get(exportPath)).status()).toBe(405);
  const crossSite = await page.request.post(exportPath, { headers: { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
  expect(await audited()).toBe(auditedBefore + 1);

  expect((await request.post(exportPath)).status()).toBe(401);
  await page.context().clearCookies();
  await signInAs(page, "supervisor");
  expect((await page.request.post(exportPath)).status()).toBe(403);
  expect((await page.goto("/admin/jobs"))?.status()).toBe(403);
});

test("a person switches off e-mail for one kind and the choice is kept", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/notifications/preferences");
  const decisions = page.getByRole("checkbox", { name: "A decision on my report" });
  await expect(decisions).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "A new report at my location" })).toHaveCount(0);
  await decisions.uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "A decision on my report" })).not.toBeChecked();
  await page.getByRole("checkbox", { name: "A decision on my report" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
});
