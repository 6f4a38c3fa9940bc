import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-refusal-2026";

export const DEMO = {
  employee: { email: "anna.kowalska@firma.example", name: "Anna Kowalska", home: "/reports" },
  supervisor: { email: "katarzyna.zielinska@firma.example", name: "Katarzyna Zielińska", home: "/review" },
  hr: { email: "joanna.dabrowska@firma.example", name: "Joanna Dąbrowska", home: "/hr" },
  admin: { email: "admin@firma.example", name: "Administrator", home: "/admin/users" },
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator('form button[type="submit"]').click();
}

export async function signInAs(page: Page, who: keyof typeof DEMO) {
  await signIn(page, DEMO[who].email);
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`));
}
