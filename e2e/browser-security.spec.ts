// Browser security (issue 9): stored XSS payloads in every free-text field
// render as text wherever they are shown; the CSP stops inline scripts;
// cross-site posts to Server Actions are refused.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signInAs } from "./fixtures";
import { discoveredActions } from "./authz/discover";
import { BASE, callAction, database, signInCookie } from "./authz/http";

const db = database();
test.afterAll(() => db.end());
test.use({ locale: "en-US" });

const FREE_TEXT = [
  "narrative",
  "customerRequest",
  "otherCategoryText",
  "reasonsExplanation",
  "alternativeDescription",
  "witnesses",
  "injuryDamageDetails",
  "customerDescription",
] as const;

/** A payload per field: it would set window.__xss or open a dialog if it ever ran. */
const payload = (field: string) =>
  `${field}: <img src=x onerror="window.__xss='${field}';alert(1)"><script>window.__xss='${field}'</script>"><svg onload=alert(1)>`;

async function fileHostileReport(cookie: string, locationId: string) {
  const fields = Object.fromEntries(FREE_TEXT.map((field) => [field, payload(field)]));
  const response = await fetch(`${BASE}/api/reports`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE, cookie },
    body: JSON.stringify({
      ...fields,
      idempotencyKey: randomUUID(),
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      locationId,
      category: "OTHER",
      aggressionKinds: [],
      reasonsExplained: true,
      alternativeOffered: true,
      securityCalled: false,
      policeCalled: false,
      injury: true,
      damage: false,
      riskBadReview: false,
      riskLostCustomer: false,
      legalRisk: "NONE",
    }),
  });
  expect(response.status).toBe(201);
  const { number } = (await response.json()) as { number: string };
  const { rows } = await db.query(`select id from "RefusalReport" where number = $1`, [number]);
  return { id: rows[0].id as string, number };
}

function watch(page: Page) {
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { dialogs, cspViolations };
}

async function expectInert(page: Page, watched: ReturnType<typeof watch>, texts: string[]) {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator("main img[src='x'], main svg[onload]").count()).toBe(0);
  expect(watched.dialogs).toEqual([]);
}

test("XSS payloads in every free-text field render as text for the reporter, the supervisor, HR and the admin", async ({ browser }) => {
  test.setTimeout(300_000);
  const anna = await signInCookie(DEMO.employee.email, DEMO_PASSWORD);
  const { rows } = await db.query(`select id from "Location" where code = 'WAW-01'`);
  const filed = await fileHostileReport(anna, rows[0].id);
  // What was stored is exactly what was sent.
  const stored = await db.query(`select * from "RefusalReport" where id = $1`, [filed.id]);
  for (const field of FREE_TEXT) expect(stored.rows[0][field]).toBe(payload(field));

  for (const role of ["employee", "supervisor", "hr", "admin"] as const) {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const watched = watch(page);
    await signInAs(page, role);
    const response = await page.goto(`/reports/${filed.number}`);
    expect(response?.status(), role).toBe(200);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await expectInert(page, watched, FREE_TEXT.map(payload));
    if (role === "employee") {
      await page.goto("/reports");
      await expectInert(page, watched, []);
    }
    if (role === "supervisor") {
      await page.goto("/review");
      await expectInert(page, watched, []);
    }
    await context.close();
  }
});

test("a withdrawal reason and names with markup render as text in the timeline", async ({ browser }) => {
  const anna = await signInCookie(DEMO.employee.email, DEMO_PASSWORD);
  const { rows } = await db.query(`select id from "Location" where code = 'WAW-01'`);
  const filed = await fileHostileReport(anna, rows[0].id);
  const withdraw = discoveredActions().find((a) => a.key.endsWith("#withdrawReportAction"))!;
  const reason = payload("withdrawReason");
  const result = await callAction(withdraw.id, "/reports", { reportId: filed.id, expectedVersion: 1, reason }, anna);
  expect(result.answer).toBe("ok");
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  const watched = watch(page);
  await signInAs(page, "employee");
  await page.goto(`/reports/${filed.number}`);
  await expectInert(page, watched, [reason]);
  await context.close();
});

test("a sign-in's way onward and the problem page's way back stay on this site, dot segments and all", async ({ page }) => {
  await signInAs(page, "employee");
  for (const outside of ["/.//evil.example/phish", "/x/..//evil.example", "/%2e//evil.example"]) {
    // Signed in already: sent on at once, home rather than to the other site.
    const response = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(outside)}`, { maxRedirects: 0 });
    expect(response.status(), outside).toBe(307);
    expect(response.headers().location, outside).toBe("/reports");
    await page.goto(`/problem?code=forbidden&back=${encodeURIComponent(outside)}`);
    await expect(page.getByRole("link", { name: "Go back" }), outside).toHaveAttribute("href", "/");
  }
  // Nor back to an export: that click would come from our own page, which the exports let through.
  await page.goto(`/problem?code=error&back=${encodeURIComponent("/api/exports/csv?customer=1&preset=thisYear")}`);
  await expect(page.getByRole("link", { name: "Go back" })).toHaveAttribute("href", "/");
});

test("an inline script without the nonce does not run under the CSP", async ({ page }) => {
  await signInAs(page, "employee");
  // What an injection would look like: markup in the served HTML (parser-inserted), with
  // the page's own CSP header kept. Neither the script nor the handler may run.
  await page.route("**/reports", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      '<script>window.__inline = 1</script><img src="/no-such-image.png" onerror="window.__inline = 2"></body>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => w.__violations.push(event.effectiveDirective));
  });
  const response = await page.goto("/reports");
  expect(response!.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length))
    .toBeGreaterThanOrEqual(2);
  const violated = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violated.every((directive) => directive.startsWith("script-src"))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
});

test("a cross-site post to a Server Action is refused and changes nothing", async () => {
  const anna = await signInCookie(DEMO.employee.email, DEMO_PASSWORD);
  const { rows } = await db.query(`select id from "Location" where code = 'WAW-01'`);
  const filed = await fileHostileReport(anna, rows[0].id);
  const withdraw = discoveredActions().find((a) => a.key.endsWith("#withdrawReportAction"))!;
  const input = { reportId: filed.id, expectedVersion: 1, reason: null };
  for (const origin of ["https://evil.example", "http://localhost.evil.example", "null"]) {
    const result = await callAction(withdraw.id, "/reports", input, anna, { origin });
    expect(result.answer, origin).not.toBe("ok");
    expect(result.status, origin).toBeGreaterThanOrEqual(400);
  }
  const after = await db.query(`select status, version from "RefusalReport" where id = $1`, [filed.id]);
  expect(after.rows[0]).toEqual({ status: "SUBMITTED", version: 1 });
  // The same post from the app's own origin goes through: the refusal above was the origin check.
  expect((await callAction(withdraw.id, "/reports", input, anna)).answer).toBe("ok");
});

test("the JSON filing API refuses a post from another site", async () => {
  const anna = await signInCookie(DEMO.employee.email, DEMO_PASSWORD);
  const response = await fetch(`${BASE}/api/reports`, {
    method: "POST",
    headers: { "content-type": "text/plain", origin: "https://evil.example", cookie: anna },
    body: JSON.stringify({}),
  });
  expect(response.status).toBe(403);
});
