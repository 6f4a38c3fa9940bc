import { expect, test, type Page } from "@playwright/test";

// Signs in through the real OpenID provider started beside the app
// (e2e/support/oidc-provider.ts); its development form takes any login.
test.use({ locale: "en-US" });

const suffix = Date.now().toString(36).slice(-5);

async function signInWithSso(page: Page, login: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with your company account (SSO)" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a new employee signs in through the company's OpenID provider and lands on their page", async ({ page }) => {
  test.slow();
  await signInWithSso(page, `nowy.pracownik.${suffix}@firma.example`);
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByTestId("current-user")).toContainText(`Nowy Pracownik ${suffix[0].toUpperCase()}${suffix.slice(1)}`);
  await expect(page.getByTestId("current-user")).toContainText("Employee");
  // No location yet: the filing page says so before any typing, instead of a form that cannot be sent.
  await page.goto("/reports/new");
  await expect(page.getByTestId("no-locations")).toContainText("You are not assigned to a location yet");
  await expect(page.getByRole("button", { name: "Send report" })).toHaveCount(0);

  // Signing out ends the session; the next SSO sign-in finds the same account.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole("button", { name: "Sign in with your company account (SSO)" }).click();
  // The provider remembers the person and the grant: straight back, maybe via consent.
  const consent = page.getByRole("button", { name: "Continue" });
  await expect(consent.or(page.getByTestId("current-user"))).toBeVisible();
  if (await consent.isVisible()) await consent.click();
  await expect(page).toHaveURL(/\/reports$/);
});

test("an existing account is matched by e-mail, and the role claim is applied", async ({ page, browser }) => {
  test.slow();
  await signInWithSso(page, "anna.kowalska@firma.example");
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByTestId("current-user")).toContainText("Anna Kowalska");

  const other = await browser.newContext({ locale: "en-US" });
  const hr = await other.newPage();
  await signInWithSso(hr, `hr.${suffix}@firma.example`);
  await expect(hr).toHaveURL(/\/hr$/);
  await expect(hr.getByTestId("current-user")).toContainText("HR");
  await other.close();
});

test("the password form still works beside the SSO button", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Sign in with your company account (SSO)" })).toBeVisible();
  await page.locator("#email").fill("joanna.dabrowska@firma.example");
  await page.locator("#password").fill("demo-refusal-2026");
  await page.locator('form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/hr$/);
});
