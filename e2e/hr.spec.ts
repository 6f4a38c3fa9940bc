import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { signInAs } from "./fixtures";

test.use({ locale: "en-US" });

async function lastMonthAtWarsaw(page: Page) {
  await page.getByLabel("Period").selectOption("lastMonth");
  await page.locator("summary", { hasText: "Locations" }).click();
  await page.getByLabel(/Warszawa – Marszałkowska 104/).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/preset=lastMonth/);
  await expect(page).toHaveURL(/loc=[0-9a-f-]{36}/);
}

async function downloaded(page: Page, button: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

const csvRows = (bytes: Buffer) => {
  const parsed = Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  return { header: parsed.data[0], rows: parsed.data.slice(1) };
};

test("HR filters last month at one location, and the totals match the downloaded CSV", async ({ page }) => {
  await signInAs(page, "hr");
  await expect(page.getByRole("heading", { name: "Refusals dashboard" })).toBeVisible();
  await lastMonthAtWarsaw(page);
  // Bookmarkable: the same URL gives the same view after a reload.
  await page.reload();
  await expect(page.getByLabel("Period")).toHaveValue("lastMonth");
  const reports = Number(await page.getByTestId("total-reports").innerText());
  expect(reports).toBeGreaterThan(0);

  const csv = await downloaded(page, "Download CSV");
  expect(csv.name).toMatch(/^refusals_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { header, rows } = csvRows(csv.bytes);
  expect(header[0]).toBe("Report number");
  expect(rows).toHaveLength(reports);
  expect(new Set(rows.map((row) => row[header.indexOf("Location code")]))).toEqual(new Set(["WAW-01"]));
  expect(header).not.toContain("Customer description");

  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("a supervisor sees only their locations and cannot export another's", async ({ page, browser }) => {
  const hrContext = await browser.newContext({ locale: "en-US" });
  const hrPage = await hrContext.newPage();
  await signInAs(hrPage, "hr");
  await hrPage.locator("summary", { hasText: "Locations" }).click();
  const gdansk = await hrPage.getByLabel(/Gdańsk/).getAttribute("value");
  await hrContext.close();

  await signInAs(page, "supervisor");
  await page.goto("/hr");
  await expect(page.getByText("Your locations only")).toBeVisible();
  await page.locator("summary", { hasText: "Locations" }).click();
  await expect(page.getByLabel(/Warszawa/)).toBeVisible();
  await expect(page.getByLabel(/Kraków/)).toBeVisible();
  await expect(page.getByLabel(/Gdańsk/)).toHaveCount(0);

  const own = await page.request.get("/api/exports/csv?preset=thisYear", { headers: { "Accept-Language": "en" } });
  expect(own.status()).toBe(200);
  const { header, rows } = csvRows(await own.body());
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(["WAW-01", "KRK-01"]).toContain(row[header.indexOf("Location code")]);

  const other = await page.request.get(`/api/exports/csv?preset=thisYear&loc=${gdansk}`);
  expect(other.status()).toBe(403);
});

test("an employee is refused the dashboard and the exports", async ({ page }) => {
  await signInAs(page, "employee");
  const response = await page.goto("/hr");
  expect(response?.status()).toBe(403);
  expect((await page.request.get("/api/exports/csv")).status()).toBe(403);
  expect((await page.request.get("/api/exports/xlsx")).status()).toBe(403);
});
