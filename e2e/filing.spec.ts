import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signInAs } from "./fixtures";

test.use({ locale: "pl-PL", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const unique = () => Math.random().toString(36).slice(2, 8);

/** Counts the person's taps and keystroke groups, to hold the typical path to its budget. */
function counted(page: Page) {
  let interactions = 0;
  return {
    tap: async (locator: ReturnType<Page["locator"]>) => {
      interactions += 1;
      await locator.click();
    },
    type: async (locator: ReturnType<Page["locator"]>, text: string) => {
      interactions += 1;
      await locator.fill(text);
    },
    get count() {
      return interactions;
    },
  };
}

const category = (page: Page, name: RegExp) => page.getByRole("radio", { name });
const yesNo = (page: Page, question: RegExp, answer: "Tak" | "Nie") =>
  page.getByRole("group", { name: question }).getByRole("radio", { name: answer });

async function fillTypical(page: Page, narrative: string) {
  await category(page, /^Agresywne zachowanie/).check();
  await page.getByRole("checkbox", { name: "Przekleństwa, wulgaryzmy" }).check();
  await page.getByLabel("Co się wydarzyło").fill(narrative);
  await page.getByLabel("O co prosił klient").fill("Zwrot towaru bez paragonu");
  await yesNo(page, /wyjaśniłeś/, "Tak").check();
  await yesNo(page, /zaproponowałeś/, "Nie").check();
}

test("an employee files a report on a phone in the typical path, finds it and opens it; others get 404", async ({ page, browser }) => {
  await signInAs(page, "employee");
  const user = counted(page);
  const narrative = `Klient krzyczał „oddawaj pieniądze!” i przeklinał przy kasie 😡 — zażółć gęślą jaźń ${unique()}`;

  await user.tap(page.getByRole("link", { name: "Nowe zgłoszenie" }).last());
  await expect(page.getByRole("heading", { name: "Nowe zgłoszenie odmowy" })).toBeVisible();
  await expect(page.locator("summary", { hasText: "Odmawiasz obsługi? Pamiętaj" })).toBeVisible();
  await user.tap(category(page, /^Agresywne zachowanie/));
  await user.tap(page.getByRole("checkbox", { name: "Przekleństwa, wulgaryzmy" }));
  await user.type(page.getByLabel("Co się wydarzyło"), narrative);
  await expect(page.getByText(`${narrative.length} / 2000 znaków`)).toBeVisible();
  await user.type(page.getByLabel("O co prosił klient"), "Zwrot pieniędzy za otwarty towar bez paragonu — żądał gotówki");
  await user.tap(yesNo(page, /wyjaśniłeś/, "Tak"));
  await user.tap(yesNo(page, /zaproponowałeś/, "Nie"));
  await user.tap(page.getByRole("button", { name: "Wyślij zgłoszenie" }));

  const number = (await page.getByTestId("report-number").textContent())!.trim();
  expect(number).toMatch(/^R-\d{4}-\d{6}$/);
  console.log(`typical path: ${user.count} interactions`);
  expect(user.count).toBeLessThanOrEqual(10);

  await page.getByRole("link", { name: "Moje zgłoszenia" }).last().click();
  const row = page.getByTestId("own-reports").getByRole("link").filter({ hasText: number });
  await expect(row).toContainText("Zgłoszone");
  await row.click();
  await expect(page.getByRole("heading", { name: `Zgłoszenie ${number}` })).toBeVisible();
  await expect(page.getByText(narrative)).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Wysłano zgłoszenie");

  // Another employee guessing the number learns nothing: 404, not 403.
  const other = await browser.newContext({ locale: "pl-PL" });
  const otherPage = await other.newPage();
  await signIn(otherPage, "piotr.nowak@firma.example", DEMO_PASSWORD);
  await expect(otherPage).toHaveURL(/\/reports$/);
  expect((await otherPage.goto(`/reports/${number}`))?.status()).toBe(404);
  expect((await otherPage.goto(`/reports/${number}/edit`))?.status()).toBe(404);
  await other.close();
});

test("a missing required field shows its message next to it and keeps every value", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/reports/new");
  const narrative = `Klientka rzuciła koszykiem w ladę, krzycząc — ąęłńóśźż 🙂 ${unique()}`;
  await category(page, /^Agresywne zachowanie/).check();
  await page.getByRole("checkbox", { name: "Groźby fizyczne" }).check();
  await page.getByLabel("Co się wydarzyło").fill(narrative);
  await yesNo(page, /wyjaśniłeś/, "Nie").check();
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();

  const request = page.getByLabel("O co prosił klient");
  await expect(request).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#customerRequest-error")).toHaveText("To pole jest wymagane.");
  await expect(page.locator("#alternativeOffered-error")).toHaveText("Wybierz „Tak” albo „Nie”.");
  await expect(request).toBeFocused();
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue(narrative);
  await expect(category(page, /^Agresywne zachowanie/)).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Groźby fizyczne" })).toBeChecked();
  await expect(yesNo(page, /wyjaśniłeś/, "Nie")).toBeChecked();
  await expect(page.getByTestId("report-number")).toHaveCount(0);
});

test("a double-click on submit stores one report", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/reports/new");
  const narrative = `Podwójne kliknięcie — klient żądał alkoholu bez dowodu ${unique()}`;
  await fillTypical(page, narrative);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).dblclick();
  const number = (await page.getByTestId("report-number").textContent())!.trim();
  await page.goto("/reports");
  await expect(page.getByTestId("own-reports").getByRole("link").filter({ hasText: narrative })).toHaveCount(1);
  await expect(page.getByTestId("own-reports")).toContainText(number);
});

test("a dropped connection keeps the draft, which survives a reload and is sent once", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/reports/new");
  const narrative = `Szkic bez zasięgu — klient groził pozwem ${unique()}`;
  await fillTypical(page, narrative);
  const dropActions = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue();
  await page.route("**/reports/new", dropActions);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Brak połączenia" })).toBeVisible();
  await page.unroute("**/reports/new", dropActions);

  await page.reload();
  await expect(page.getByText("Przywrócono niezapisany szkic")).toBeVisible();
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue(narrative);
  await expect(yesNo(page, /zaproponowałeś/, "Nie")).toBeChecked();
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByTestId("report-number")).toBeVisible();

  await page.goto("/reports/new");
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue("");
  await page.goto("/reports");
  await expect(page.getByTestId("own-reports").getByRole("link").filter({ hasText: narrative })).toHaveCount(1);
});

test("the employee answers a reviewer's question and the report goes back to review", async ({ page }) => {
  await signInAs(page, "employee");
  await page.goto("/reports?status=NEEDS_INFO");
  await page.getByTestId("own-reports").getByRole("link").first().click();
  await expect(page.getByTestId("report-status").first()).toHaveText("Potrzebne informacje");
  await expect(page.getByTestId("open-question")).not.toBeEmpty();
  const answer = `Świadkiem była koleżanka z kasy nr 2; nagranie z monitoringu jest dostępne 📹 ${unique()}`;
  await page.getByLabel("Twoja odpowiedź").fill(answer);
  await page.getByRole("button", { name: "Wyślij odpowiedź" }).click();
  await expect(page.getByTestId("report-status").first()).toHaveText("W ocenie");
  await expect(page.getByTestId("timeline")).toContainText(answer);
  await expect(page.getByTestId("timeline")).toContainText("Odpowiedź zgłaszającego");
  await expect(page.getByLabel("Twoja odpowiedź")).toHaveCount(0);
});
