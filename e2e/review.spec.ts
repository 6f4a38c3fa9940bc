import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures";

test.use({ locale: "en-US" });

test("a supervisor filters the queue by location and status, with counts and overdue markers", async ({ page }) => {
  await signInAs(page, "supervisor");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  const rows = page.getByTestId("queue-row");
  await expect(rows.first()).toBeVisible();
  // The seed has reports waiting longer than 48 h at every location.
  await expect(page.getByText("Overdue").first()).toBeVisible();

  await page.getByLabel("Location").selectOption({ label: "Kraków – Floriańska 12" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/location=/);
  await expect(rows.first()).toBeVisible();
  for (const location of await rows.locator("td:nth-child(3)").allTextContents()) expect(location).toBe("Kraków – Floriańska 12");

  await page.getByRole("link", { name: /^Submitted/ }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await expect(page).toHaveURL(/location=/);
  for (const status of await rows.locator("td:nth-child(6) > span:first-child").allTextContents()) expect(status).toBe("Submitted");

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious).toEqual([]);
});
