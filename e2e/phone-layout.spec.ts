// Every role's pages on a phone, in Polish: nothing wider than the screen (a
// wide table scrolls inside its card, which the keyboard can reach) and no
// serious or critical axe finding, and a title naming the page. The desktop views are checked by the specs
// of each feature.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { cloneDemoEmployee, database } from "./authz/http";
import { DEMO, signInAs } from "./fixtures";

const PAGES: Record<keyof typeof DEMO, string[]> = {
  employee: ["/reports", "/reports/new", "/notifications", "/notifications/preferences"],
  supervisor: ["/review", "/review/appeals"],
  hr: ["/hr", "/hr/reports", "/hr/summary"],
  admin: ["/admin/users", "/admin/locations", "/admin/reasons", "/admin/settings", "/admin/jobs", "/admin/audit"],
};

test.use({ viewport: { width: 390, height: 844 }, locale: "pl-PL" });

for (const [who, paths] of Object.entries(PAGES) as [keyof typeof DEMO, string[]][]) {
  test(`${who}: each page fits a 390 px screen and axe finds nothing serious`, async ({ page }) => {
    await signInAs(page, who);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
      const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path}: ${v.id}`)).toEqual([]);
      // Each tab names its page, as its heading does, then the app: what a
      // screen reader announces after a navigation.
      const heading = (await page.getByRole("heading", { level: 1 }).first().innerText()).trim();
      await expect(page, path).toHaveTitle(`${heading} · Rejestr Odmów`);
    }
  });
}

test("a report's heading keeps its number on one line on the narrowest phone", async ({ page }) => {
  // Browsers may break after a hyphen: "Zgłoszenie WAW-2026-" over "000123".
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, "employee");
  await page.getByRole("link", { name: /^[A-Z]+-\d{4}-\d+/ }).first().click();
  const heading = page.getByRole("heading", { level: 1 });
  const number = heading.locator("span.whitespace-nowrap");
  await expect(number).toHaveText(/^[A-Z]+-\d{4}-\d+$/);
  expect(await number.evaluate((span) => span.getClientRects().length)).toBe(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a report's long unbroken words wrap inside their cards for its reporter and its reviewer", async ({ browser }) => {
  // A pasted link or a word without spaces widened the whole page (the facts' grid, the history's texts).
  const longWord = "https://www.example.com/maps/place/Floria%C5%84ska+12,+Krak%C3%B3w/reviews/" + "x".repeat(300);
  const db = database();
  const number = `R-WRAP-${randomUUID().slice(0, 8)}`;
  try {
    await db.query(
      `insert into "RefusalReport" (id, number, "idempotencyKey", "reporterId", "locationId", "occurredAt", category, "aggressionKinds",
         narrative, "customerRequest", "reasonsExplained", "reasonsExplanation", "alternativeOffered", witnesses, "updatedAt")
       select gen_random_uuid(), $1, gen_random_uuid()::text, u.id, l.id, now(), 'UNLAWFUL_REQUEST', '{}', $2, $2, true, $2, false, $2, now()
       from "User" u, "Location" l where u.email = $3 and l.code = 'WAW-01'`,
      [number, longWord, DEMO.employee.email],
    );
  } finally {
    await db.end();
  }
  for (const [who, path] of [["employee", `/reports/${number}`], ["supervisor", `/review/${number}`], ["hr", `/hr/reports/${number}`]] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "pl-PL" });
    const page = await context.newPage();
    await signInAs(page, who);
    await page.goto(path);
    await expect(page.getByText(longWord).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} as ${who} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
    await context.close();
  }
});

test("a long name without spaces wraps on HR's dashboard, the admin's user page and the audit log", async ({ browser }) => {
  // A name as the directory gave it (a double-barrelled surname, no spaces) widened
  // the risk cards, the user page's heading and the audit log's "who" select.
  const name = `Krzysztofa-Aleksandra-${"Wielkopolska-".repeat(6)}${randomUUID().slice(0, 6)}`;
  const db = database();
  const userId = await cloneDemoEmployee(db, `long.${randomUUID().slice(0, 8)}@firma.example`, name);
  // Enough not-justified reports to lead HR's "training" list, and one audit event for the log's "who" list.
  await db.query(
    `insert into "RefusalReport" (id, number, "idempotencyKey", "reporterId", "locationId", "occurredAt", category, "aggressionKinds",
       narrative, "customerRequest", "reasonsExplained", "alternativeOffered", status, "firstDecidedAt", "updatedAt")
     select gen_random_uuid(), 'R-LONG-' || $2 || '-' || n, gen_random_uuid()::text, $1, l.id, now(), 'UNLAWFUL_REQUEST', '{}',
       'Opis zdarzenia', 'Prośba klienta', true, false, 'NOT_JUSTIFIED', now(), now()
     from "Location" l, generate_series(1, 40) as n where l.code = 'WAW-01'`,
    [userId, randomUUID().slice(0, 8)],
  );
  await db.query(`insert into "AuditEvent" ("actorId", action, "entityType", "entityId") values ($1::uuid, 'user.signed_in', 'user', $1::text)`, [userId]);
  try {
    for (const [who, path, shown] of [
      ["hr", "/hr", page => page.getByTestId("training-list").getByText(name)],
      ["admin", `/admin/users/${userId}`, page => page.getByRole("heading", { level: 1, name })],
      ["admin", "/admin/audit", page => page.locator("#actor option", { hasText: name })],
    ] as const satisfies readonly (readonly [keyof typeof DEMO, string, (page: Page) => Locator])[]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "pl-PL" });
      const page = await context.newPage();
      await signInAs(page, who);
      await page.goto(path);
      await expect(shown(page)).toHaveCount(1);
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} as ${who} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
      await context.close();
    }
  } finally {
    await db.query(`delete from "RefusalReport" where "reporterId" = $1`, [userId]);
    await db.end();
  }
});
