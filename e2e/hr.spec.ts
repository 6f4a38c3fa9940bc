import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { DEMO, signIn } from "./fixtures";

test.use({ locale: "en-US" });

// The dashboard runs a dozen aggregates: on a busy machine its first render can take longer than the default wait.
async function signInAs(page: Page, who: keyof typeof DEMO) {
  await signIn(page, DEMO[who].email);
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`), { timeout: 30_000 });
}

async function lastMonthAtWarsaw(page: Page) {
  await page.getByLabel("Period", { exact: true }).selectOption("lastMonth");
  await page.locator("summary", { hasText: "Locations" }).click();
  await page.getByLabel(/Warszawa – Marszałkowska 104/).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/preset=lastMonth/);
  await expect(page).toHaveURL(/loc=[0-9a-f-]{36}/);
  // The page names the location its figures cover, not "All locations".
  await expect(page.getByRole("main").locator("p", { has: page.getByTestId("period") })).toContainText("Warszawa – Marszałkowska 104 · ");
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
  await expect(page.getByLabel("Period", { exact: true })).toHaveValue("lastMonth");
  const reports = Number(await page.getByTestId("total-reports").innerText());
  expect(reports).toBeGreaterThan(0);

  // Commas for an English reader; a Polish one gets semicolons ticked (below).
  await expect(page.getByLabel("Semicolons (Polish Excel)")).not.toBeChecked();
  const csv = await downloaded(page, "Download CSV");
  expect(csv.name).toMatch(/^refusals_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { header, rows } = csvRows(csv.bytes);
  expect(header[0]).toBe("Report number");
  expect(rows).toHaveLength(reports);
  expect(new Set(rows.map((row) => row[header.indexOf("Location code")]))).toEqual(new Set(["WAW-01"]));
  expect(header).not.toContain("Customer description");

  const xlsx = await downloaded(page, "Download Excel (XLSX)");
  expect(xlsx.name).toBe(csv.name.replace(/csv$/, "xlsx"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Reports", "Decisions", "Summary"]);
  expect(workbook.getWorksheet("Reports")!.rowCount).toBe(reports + 1);

  // The charts draw, each with its table.
  for (const id of ["chart-weekly", "chart-outcomes", "chart-locations", "chart-decision-time", "chart-trend"]) {
    await expect(page.getByTestId(id).locator("svg.recharts-surface").first()).toBeVisible();
  }
  // Each chart is one labelled image: no keyboard stop inside it, nothing of it exposed to assistive technology.
  await expect(page.locator("svg.recharts-surface[tabindex]")).toHaveCount(0);
  await expect(page.getByTestId("chart-outcomes").getByRole("img")).toHaveCount(1);
  await expect(page.getByTestId("reviewer-table")).toBeVisible();
  await expect(page.getByTestId("consequence-table")).toBeVisible();

  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("a Polish reader's CSV is split on semicolons for a Polish Excel, with Polish headers", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  await signInAs(page, "hr");
  await expect(page.getByLabel("Średniki (polski Excel)")).toBeChecked();
  const csv = await downloaded(page, "Pobierz CSV");
  expect(csv.name).toMatch(/^odmowy_.+\.csv$/);
  const text = csv.bytes.toString("utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true });
  expect(parsed.data[0][0]).toBe("Numer zgłoszenia");
  expect(parsed.data.length).toBeGreaterThan(1);
  expect(new Set(parsed.data.map((row) => row.length))).toEqual(new Set([parsed.data[0].length]));
  await context.close();
});

test("the CSV comes gzip-compressed to a client that accepts it and plain to one that does not, the same bytes", async ({ page }) => {
  await signInAs(page, "hr");
  const url = "/api/exports/csv?preset=thisYear";
  const gzip = await page.request.get(url, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
  const plain = await page.request.get(url, { headers: { "Accept-Encoding": "identity" } });
  expect(gzip.status()).toBe(200);
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(csvRows(await plain.body()).rows.length).toBeGreaterThan(0);
  expect((await gzip.body()).equals(await plain.body())).toBe(true);
  // The XLSX is a zip already: never encoded again.
  const xlsx = await page.request.get("/api/exports/xlsx?preset=thisYear", { headers: { "Accept-Encoding": "gzip" } });
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-encoding"]).toBeUndefined();
});

test("HR opens the list with the same filter, reads a report's history and records what followed", async ({ page }) => {
  await signInAs(page, "hr");
  await lastMonthAtWarsaw(page);
  const reports = Number(await page.getByTestId("total-reports").innerText());
  const counted = `${reports} ${reports === 1 ? "report" : "reports"}`;
  await page.getByRole("link", { name: `Show the ${counted}` }).click();
  await expect(page).toHaveURL(/\/hr\/reports\?preset=lastMonth&loc=/);
  await expect(page.getByTestId("list-count")).toHaveText(counted);
  const rows = page.getByTestId("report-table").locator("tbody tr");
  await expect(rows).toHaveCount(Math.min(reports, 50));
  for (const name of await rows.locator("td:nth-child(3)").allInnerTexts()) expect(name).toBe("Warszawa – Marszałkowska 104");

  const number = await rows.first().locator("th a").innerText();
  await rows.first().locator("th a").click();
  await expect(page.getByRole("heading", { name: `Report ${number}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByTestId("timeline").locator("li").first()).toBeVisible();

  await page.getByLabel("What happened").selectOption("CUSTOMER_COMPLAINT");
  await page.getByLabel("Note (optional)").fill("Skarga mailowa z 3 dni później.");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByTestId("consequence-list")).toContainText("Customer complaint received");
  await expect(page.getByTestId("consequence-list")).toContainText("Skarga mailowa z 3 dni później.");
  // Recorded once: the kind is no longer offered.
  await expect(page.getByLabel("What happened").locator("option[value=CUSTOMER_COMPLAINT]")).toHaveCount(0);
});

test("a custom range that ends before it starts keeps the dates typed and says which is wrong; the other choices still apply", async ({ page }) => {
  await signInAs(page, "hr");
  await page.goto("/hr/reports");
  await page.getByLabel("Period", { exact: true }).selectOption("custom");
  await page.getByLabel("From", { exact: true }).fill("2026-11-20");
  await page.getByLabel("To", { exact: true }).fill("2026-11-10");
  await page.getByLabel("Outcome").selectOption("JUSTIFIED");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert")).toHaveText(/These dates make no period/);
  await expect(page.getByLabel("Period", { exact: true })).toHaveValue("custom");
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-11-20");
  const to = page.getByLabel("To", { exact: true });
  await expect(to).toHaveValue("2026-11-10");
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toHaveAccessibleDescription(/^The end is before the start\./);
  await expect(to).toBeFocused();
  await expect(page.getByLabel("Outcome")).toHaveValue("JUSTIFIED");
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  // The same range in an export's address, edited by hand: the problem page says what is wrong, not "something went wrong".
  await page.goto("/api/exports/csv?preset=custom&from=2026-11-20&to=2026-11-10");
  await expect(page).toHaveURL(/\/problem\?code=validation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The address is not valid");
});

test("a day beyond the years a filter may ask about is refused with the default view, and the server goes on answering", async ({ page }) => {
  // 31 December 9999 in a link's "at" once kept the weekly chart's loop, and so the whole server, busy for good.
  await signInAs(page, "hr");
  for (const query of ["preset=thisMonth&at=9999-12-31", "preset=custom&from=9999-01-01&to=9999-12-31"]) {
    const response = await page.goto(`/hr?${query}`);
    expect(response?.status(), query).toBe(200);
    // The page says its filter was refused (which part, where it can) and shows the default period.
    await expect(page.getByRole("main").getByRole("alert").first()).toBeVisible();
    await expect(page.getByTestId("total-reports")).toBeVisible();
  }
  expect((await page.request.get("/api/health")).status()).toBe(200);
});

test("HR prints the monthly summary", async ({ page }) => {
  await signInAs(page, "hr");
  await page.goto("/hr/summary");
  await expect(page.getByRole("heading", { name: "Refusals summary" })).toBeVisible();
  await expect(page.getByTestId("summary-period")).toContainText(/\b1 [A-Z][a-z]+ \d{4} – \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(page.getByTestId("summary-totals")).toContainText("Reports");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByTestId("current-user")).toBeHidden();
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
  // The dashboard refuses the same URL the same way: not zeros, but "not a valid filter", and their own locations.
  await page.goto(`/hr?preset=thisYear&loc=${gdansk}`);
  await expect(page.getByText("The filter in the address was not valid; showing the default view.")).toBeVisible();

  await page.goto("/hr/reports?preset=thisYear");
  const names = await page.getByTestId("report-table").locator("tbody td:nth-child(3)").allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(["Warszawa – Marszałkowska 104", "Kraków – Floriańska 12"]).toContain(name);
});

test("an employee is refused the dashboard and the exports", async ({ page }) => {
  await signInAs(page, "employee");
  const response = await page.goto("/hr");
  expect(response?.status()).toBe(403);
  expect((await page.goto("/hr/reports"))?.status()).toBe(403);
  expect((await page.goto("/hr/summary"))?.status()).toBe(403);
  expect((await page.request.get("/api/exports/csv")).status()).toBe(403);
  expect((await page.request.get("/api/exports/xlsx")).status()).toBe(403);
});
