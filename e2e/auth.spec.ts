import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, signInAs } from "./fixtures";

// A page each role may not open (the 403 page, not a crash).
const FORBIDDEN_PAGE: Record<keyof typeof DEMO, string> = {
  employee: "/admin/users",
  supervisor: "/admin/users",
  hr: "/review",
  admin: "/reports",
};

test.use({ locale: "en-US" });

for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
  test(`${role} signs in, lands on their page, is refused another role's page, signs out`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page.getByTestId("current-user")).toContainText(DEMO[role].name);

    const response = await page.goto(FORBIDDEN_PAGE[role]);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
    // The tab says so too, not the refused page's own title.
    await expect(page).toHaveTitle("Access denied · Refusal Desk");

    await page.goto(DEMO[role].home);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    const after = await page.goto(DEMO[role].home);
    expect(after?.url()).toContain("/signin");
  });
}

test("a signed-out visit goes to sign-in and returns to the page after", async ({ page }) => {
  await page.goto("/hr");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fhr/);
  await page.locator("#email").fill(DEMO.hr.email);
  await page.locator("#password").fill("demo-refusal-2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/hr$/);
});

test("a wrong password shows a clear message and keeps the typed e-mail", async ({ page }) => {
  await signIn(page, DEMO.employee.email, "not-the-password");
  await expect(page.locator("#signin-error")).toHaveText("Wrong e-mail or password.");
  await expect(page.locator("#email")).toHaveValue(DEMO.employee.email);
  // The password, emptied, has the focus: where to go on typing.
  await expect(page.locator("#password")).toBeFocused();
  await expect(page.locator("#password")).toHaveValue("");
  await expect(page).toHaveURL(/\/signin/);
});

test("an empty sign-in names each missing field and takes the focus to the first", async ({ page }) => {
  await page.goto("/signin");
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator("#email")).toBeFocused();
  await expect(page.locator("#email")).toHaveAccessibleDescription("Enter your e-mail address.");
  await page.locator("#email").fill(DEMO.employee.email);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator("#password")).toBeFocused();
  await expect(page.locator("#password")).toHaveAccessibleDescription("Enter your password.");
  await expect(page).toHaveURL(/\/signin/);
});

test("the interface speaks Polish to a Polish browser and switches to English on request", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Logowanie" })).toBeVisible();
  await page.getByRole("combobox", { name: "Język" }).selectOption("en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await context.close();
});

test("health endpoint answers 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ database: "up" });
});

const seriousViolations = async (page: import("@playwright/test").Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");

test("the sign-in page has no serious accessibility issues", async ({ page }) => {
  await page.goto("/signin");
  expect(await seriousViolations(page)).toEqual([]);
});

for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
  test(`the ${role} landing page has no serious accessibility issues`, async ({ page }) => {
    await signInAs(page, role);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
