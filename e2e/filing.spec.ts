import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { database } from "./authz/http";
import { DEMO, DEMO_PASSWORD, signIn } from "./fixtures";

test.use({ locale: "pl-PL", viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
// Each test signs in (argon2 on purpose) and some twice: room for a machine shared with other builds.
test.describe.configure({ timeout: 180_000 });

// Password hashing is deliberately slow; on a busy machine sign-in takes longer than one expect's default wait.
async function signInAsEmployee(page: Page, email: string = DEMO.employee.email) {
  await signIn(page, email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/reports$/, { timeout: 30_000 });
}

const unique = () => Math.random().toString(36).slice(2, 8);

/** The report drafts this browser keeps (localStorage keys). */
const draftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("refusal-desk:report-draft")));

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
  await page.getByRole("checkbox", { name: "Przekleństwa i wulgaryzmy" }).check();
  await page.getByLabel("Co się wydarzyło").fill(narrative);
  await page.getByLabel("O co prosił klient").fill("Zwrot towaru bez paragonu");
  await yesNo(page, /wyjaśniono/, "Tak").check();
  await yesNo(page, /zaproponowano/, "Nie").check();
}

test("an employee files a report on a phone in the typical path, finds it and opens it; others get 404", async ({ page, browser }) => {
  await signInAsEmployee(page);
  const user = counted(page);
  const narrative = `Klient krzyczał „oddawaj pieniądze!” i przeklinał przy kasie 😡 — zażółć gęślą jaźń ${unique()}`;

  await user.tap(page.getByRole("link", { name: "Nowe zgłoszenie" }).last());
  await expect(page.getByRole("heading", { name: "Nowe zgłoszenie odmowy" })).toBeVisible();
  await expect(page.locator("summary", { hasText: "Odmawiasz obsługi? Pamiętaj" })).toBeVisible();
  await user.tap(category(page, /^Agresywne zachowanie/));
  await user.tap(page.getByRole("checkbox", { name: "Przekleństwa i wulgaryzmy" }));
  await user.type(page.getByLabel("Co się wydarzyło"), narrative);
  await expect(page.getByText(`${narrative.length} / 2000 znaków`)).toBeVisible();
  await user.type(page.getByLabel("O co prosił klient"), "Zwrot pieniędzy za otwarty towar bez paragonu — żądał gotówki");
  await user.tap(yesNo(page, /wyjaśniono/, "Tak"));
  await user.tap(yesNo(page, /zaproponowano/, "Nie"));
  await user.tap(page.getByRole("button", { name: "Wyślij zgłoszenie" }));

  const number = (await page.getByTestId("report-number").textContent())!.trim();
  expect(number).toMatch(/^R-\d{4}-\d{6}$/);
  // Filed after these taps and fields alone: the typical path's budget (≤ 10) is what this proves.
  console.log(`typical path: ${user.count} interactions`);

  await page.getByRole("link", { name: "Moje zgłoszenia" }).last().click();
  const row = page.getByTestId("own-reports").getByRole("link").filter({ hasText: number });
  await expect(row).toContainText("Zgłoszone");
  await row.click();
  await expect(page.getByRole("heading", { name: `Zgłoszenie ${number}` })).toBeVisible();
  await expect(page.getByText(narrative)).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Wysłano zgłoszenie");
  // A page past the last one shows the last page, not "no reports" next to the total.
  await page.goto("/reports?page=9999");
  await expect(page.getByTestId("own-reports").getByRole("link").first()).toBeVisible();

  // Another employee guessing the number learns nothing: 404, not 403.
  const other = await browser.newContext({ locale: "pl-PL" });
  const otherPage = await other.newPage();
  await signInAsEmployee(otherPage, "piotr.nowak@firma.example");
  expect((await otherPage.goto(`/reports/${number}`))?.status()).toBe(404);
  expect((await otherPage.goto(`/reports/${number}/edit`))?.status()).toBe(404);
  await other.close();
});

test("a missing required field shows its message next to it and keeps every value", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  const narrative = `Klientka rzuciła koszykiem w ladę, krzycząc — ąęłńóśźż 🙂 ${unique()}`;
  await category(page, /^Agresywne zachowanie/).check();
  await page.getByRole("checkbox", { name: "Groźby fizyczne" }).check();
  await page.getByLabel("Co się wydarzyło").fill(narrative);
  await yesNo(page, /wyjaśniono/, "Nie").check();
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();

  const request = page.getByLabel("O co prosił klient");
  await expect(request).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#customerRequest-error")).toHaveText("Napisz, o co prosił klient (co najmniej 3 znaki).");
  await expect(page.locator("#alternativeOffered-error")).toHaveText("Wybierz „Tak” albo „Nie”.");
  await expect(request).toBeFocused();
  await expect(page.getByText("Popraw zaznaczone pola — to, co wpisano, zostało zachowane.")).toBeVisible();
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue(narrative);
  await expect(category(page, /^Agresywne zachowanie/)).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Groźby fizyczne" })).toBeChecked();
  await expect(yesNo(page, /wyjaśniono/, "Nie")).toBeChecked();
  await expect(page.getByTestId("report-number")).toHaveCount(0);

  // That one fixed, the next is brought to the middle of the phone's screen with its message, clear of the sticky send bar.
  await request.fill("Zwrot towaru bez paragonu.");
  // As a person who has read down to it: the question sits at the screen's bottom edge, behind the bar.
  await page.evaluate(() => {
    const group = document.querySelector("#alternativeOffered")!.closest("fieldset")!;
    window.scrollBy(0, group.getBoundingClientRect().top - (window.innerHeight - 90));
  });
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(yesNo(page, /zaproponowano/, "Tak")).toBeFocused();
  const bar = (await page.getByRole("button", { name: "Wyślij zgłoszenie" }).locator("xpath=..").boundingBox())!;
  const message = (await page.locator("#alternativeOffered-error").boundingBox())!;
  expect(message.y).toBeGreaterThanOrEqual(0);
  expect(message.y + message.height).toBeLessThanOrEqual(bar.y);
  await expect(page.getByTestId("report-number")).toHaveCount(0);

  // The unsent draft is on the device until an explicit sign-out, which removes it (a shared phone).
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  await page.getByRole("button", { name: "Wyloguj" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await draftKeys(page)).toEqual([]);
});

test("an empty form's submit asks to fill in the marked fields, without claiming to keep a text", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.locator("#category-error")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Uzupełnij zaznaczone pola." })).toBeVisible();
  await expect(page.getByText("to, co wpisano, zostało zachowane")).toHaveCount(0);
  // A group refused as a whole (none of the customer's behaviours ticked) marks each of its boxes, with its message.
  // (Checked once the rest of the form is valid: the group's rule runs after the fields'.)
  await fillTypical(page, `Klient groził kasjerce ${unique()}`);
  await page.getByRole("checkbox", { name: "Przekleństwa i wulgaryzmy" }).uncheck();
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  const threats = page.getByRole("checkbox", { name: "Groźby fizyczne" });
  await expect(threats).toHaveAttribute("aria-invalid", "true");
  await expect(threats).toHaveAccessibleDescription("Wybierz co najmniej jedno zachowanie klienta.");
});

test("an opened section stays open while its fields are emptied, and a field that takes the focus is clear of the send bar", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  await page.getByText("Okoliczności (opcjonalnie)").click();
  const security = page.getByRole("checkbox", { name: "Wezwano ochronę" });
  await security.check();
  await security.uncheck();
  // Nothing in it any more, but the person is still in it: it does not fold away with their focus.
  await expect(security).toBeVisible();
  await expect(security).toBeFocused();

  // Tabbing onto a field that sits under the sticky bar scrolls it above the bar, not left hidden behind it.
  await page.evaluate(() => {
    const box = document.querySelector("#securityCalled")!.getBoundingClientRect();
    window.scrollBy(0, box.top - (window.innerHeight - 40));
    (document.querySelector("#witnesses") as HTMLElement).focus({ preventScroll: true });
  });
  await page.keyboard.press("Tab");
  await expect(security).toBeFocused();
  const bar = (await page.getByRole("button", { name: "Wyślij zgłoszenie" }).locator("xpath=..").boundingBox())!;
  const box = (await security.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
});

test("the form switches to English with the header's language select: labels, counter and field messages", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  await page.getByLabel("Co się wydarzyło").fill("Krótko");
  await page.getByRole("combobox", { name: "Język" }).selectOption("en");
  await expect(page.getByRole("heading", { name: "New refusal report" })).toBeVisible();
  // The select keeps the focus: the keyboard is where it was.
  await expect(page.getByRole("combobox", { name: "Language" })).toBeFocused();
  // English as written in Europe (dates day first, a 24-hour clock), still English in the select.
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  // The typed text is kept (a draft) and the counter is now in English.
  await expect(page.getByLabel("What happened")).toHaveValue("Krótko");
  await expect(page.getByText("6 / 2000 characters")).toBeVisible();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.locator("#category-error")).toHaveText("Choose the ground for refusal.");
  await expect(page.locator("#narrative-error")).toHaveText("Describe what happened (at least 10 characters).");
  await page.getByRole("combobox", { name: "Language" }).selectOption("pl");
  await expect(page.getByRole("heading", { name: "Nowe zgłoszenie odmowy" })).toBeVisible();
  await expect(page.locator("#narrative-error")).toHaveText("Opisz zdarzenie (co najmniej 10 znaków).");
});

test("two clicks on submit in the same instant store one report", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  const narrative = `Podwójne kliknięcie — klient żądał alkoholu bez dowodu ${unique()}`;
  await fillTypical(page, narrative);
  // Two clicks in the same instant, before the page can disable the button or keep the key it made.
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  const number = (await page.getByTestId("report-number").textContent())!.trim();
  await page.goto("/reports");
  const card = page.getByTestId("own-reports").getByRole("listitem").filter({ hasText: narrative });
  await expect(card).toHaveCount(1);
  await expect(page.getByTestId("own-reports")).toContainText(number);
  // Named by number, status and category, not by its whole narrative, which describes it.
  await expect(card.getByRole("link")).toHaveAccessibleName(new RegExp(`^${number} Zgłoszone Agresywne zachowanie · `));
  await expect(card.getByRole("link")).toHaveAccessibleDescription(new RegExp(`^${narrative} `));
});

test("a dropped connection keeps the draft, which survives a reload and is sent once", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  const narrative = `Szkic bez zasięgu — klient groził pozwem ${unique()}`;
  await fillTypical(page, narrative);
  const dropActions = (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue();
  await page.route("**/reports/new", dropActions);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Brak połączenia" })).toBeVisible();
  // The send button, disabled while it tried, has the focus back: the keyboard is where it was.
  await expect(page.getByRole("button", { name: "Wyślij zgłoszenie" })).toBeFocused();
  await page.unroute("**/reports/new", dropActions);

  await page.reload();
  await expect(page.getByText("Przywrócono niezapisany szkic")).toBeVisible();
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue(narrative);
  await expect(yesNo(page, /zaproponowano/, "Nie")).toBeChecked();
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByTestId("report-number")).toBeVisible();

  await page.goto("/reports/new");
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue("");
  await page.goto("/reports");
  await expect(page.getByTestId("own-reports").getByRole("listitem").filter({ hasText: narrative })).toHaveCount(1);
});

test("a report stored while its answer was lost, then changed and sent again, is not filed twice and the change is not dropped in silence", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  const narrative = `Odpowiedź zgubiona w drodze — klient żądał zwrotu bez paragonu ${unique()}`;
  await fillTypical(page, narrative);
  // The server stores the report; the phone never hears back.
  const loseAnswer = async (route: import("@playwright/test").Route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fetch();
    await route.abort("internetdisconnected");
  };
  await page.route("**/reports/new", loseAnswer);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Brak połączenia" })).toBeVisible();
  await page.unroute("**/reports/new", loseAnswer);

  const changed = `${narrative} Klient wrócił z ochroniarzem.`;
  await page.getByLabel("Co się wydarzyło").fill(changed);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  const filed = page.getByRole("alert").filter({ hasText: "zostało już wysłane" });
  await expect(filed).toBeVisible();
  // What was typed stays on screen, and the link leads to the report filed first.
  await expect(page.getByLabel("Co się wydarzyło")).toHaveValue(changed);
  await page.getByRole("link", { name: /R-\d{4}-\d+/ }).click();
  await expect(page.getByText(narrative, { exact: true })).toBeVisible();
  await page.goto("/reports");
  await expect(page.getByTestId("own-reports").getByRole("listitem").filter({ hasText: narrative })).toHaveCount(1);
});

test("the employee answers a reviewer's question and the report goes back to review", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports?status=NEEDS_INFO");
  await page.getByTestId("own-reports").getByRole("link").first().click();
  await expect(page.getByTestId("report-status").first()).toHaveText("Potrzebne informacje");
  await expect(page.getByTestId("open-question")).not.toBeEmpty();
  const answer = `Świadkiem była koleżanka z kasy nr 2; nagranie z monitoringu jest dostępne 📹 ${unique()}`;
  await page.getByLabel("Twoja odpowiedź").fill(answer);
  // The connection drops twice: each time it says so, the answer stays typed and the
  // keyboard stays on the button, not on the field (nothing is wrong with it) nor the page's top.
  const send = page.getByRole("button", { name: "Wyślij odpowiedź" });
  let dropped = 0;
  await page.route(/\/reports\/[^/]+$/, (route) => {
    if (route.request().method() !== "POST") return route.continue();
    dropped += 1;
    return route.abort("internetdisconnected");
  });
  for (let attempt = 1; attempt <= 2; attempt++) {
    await send.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => dropped).toBe(attempt);
    await expect(page.getByRole("alert").filter({ hasText: "Brak połączenia z serwerem. Wpisany tekst został" })).toBeVisible();
    await expect(send).toBeEnabled();
    await expect(send).toBeFocused();
  }
  await expect(page.getByLabel("Twoja odpowiedź")).toHaveValue(answer);
  await expect(page.getByLabel("Twoja odpowiedź")).not.toHaveAttribute("aria-invalid", "true");
  await page.unroute(/\/reports\/[^/]+$/);
  await send.click();
  await expect(page.getByTestId("report-status").first()).toHaveText("W ocenie");
  await expect(page.getByTestId("timeline")).toContainText(answer);
  await expect(page.getByTestId("timeline")).toContainText("Odpowiedź zgłaszającego");
  await expect(page.getByLabel("Twoja odpowiedź")).toHaveCount(0);
});

test("evidence: a phone photo is stored without its EXIF, shown as a thumbnail, and served only to readers", async ({ page, browser }) => {
  const sharp = (await import("sharp")).default;
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#c33" } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 13/1 47/1", GPSLongitudeRef: "E", GPSLongitude: "21/1 0/1 41/1" } })
    .toBuffer();
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  await fillTypical(page, `Zbita szyba lady, zdjęcie w załączniku ${unique()}`);
  await page.getByText("Dowody (opcjonalnie)").click();
  // No HEIC: the server cannot decode iPhone photos; without it iOS hands over a JPEG.
  await expect(page.getByTestId("evidence-input")).not.toHaveAttribute("accept", /heic|heif/);
  // The draft is gone once the report is filed, before the files are sent.
  let draftsDuringUpload: string[] | undefined;
  await page.route("**/api/reports/*/attachments", async (route) => {
    draftsDuringUpload ??= await draftKeys(page);
    await route.continue();
  });
  // A file that is not a photo or a PDF by its type is refused when picked, by name, and not listed.
  await page.getByTestId("evidence-input").setInputFiles([{ name: "notatki.txt", mimeType: "text/plain", buffer: Buffer.from("notatki") }]);
  await expect(page.getByRole("alert").filter({ hasText: "notatki.txt: można dodać tylko zdjęcia" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Usuń notatki.txt" })).toHaveCount(0);
  await page.getByTestId("evidence-input").setInputFiles([
    { name: "szyba.jpg", mimeType: "image/jpeg", buffer: photo },
    { name: "notatka.jpg", mimeType: "image/jpeg", buffer: Buffer.from("to nie jest zdjęcie") },
  ]);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  const number = (await page.getByTestId("report-number").textContent())!.trim();
  // The fake photo is refused by its bytes, and named; the real one is attached.
  await expect(page.getByText("Nie udało się dołączyć 1 pliku")).toBeVisible();
  await expect(page.getByTestId("failed-uploads")).toHaveText("notatka.jpg");
  // No promise of a screen that does not exist.
  await expect(page.getByText("Nie udało się dołączyć 1 pliku")).not.toContainText("stronie zgłoszenia");
  expect(draftsDuringUpload).toEqual([]);
  await page.getByRole("link", { name: "Zobacz zgłoszenie" }).click();
  const thumbnail = page.getByTestId("attachments").locator("img");
  await expect(thumbnail).toHaveCount(1);
  await expect(thumbnail).toHaveJSProperty("complete", true);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const href = (await page.getByTestId("attachments").getByRole("link").getAttribute("href"))!;
  const file = await page.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/jpeg");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(file.headers()["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/);
  expect(file.headers()["content-disposition"]).toContain("szyba.jpg");
  const stored = await file.body();
  expect(stored.includes(Buffer.from("PhoneCam"))).toBe(false);
  expect((await sharp(stored).metadata()).exif).toBeUndefined();

  const other = await browser.newContext({ locale: "pl-PL" });
  const otherPage = await other.newPage();
  await signInAsEmployee(otherPage, "piotr.nowak@firma.example");
  expect((await otherPage.request.get(href)).status()).toBe(404);
  expect((await otherPage.request.get(`${href}?variant=thumbnail`)).status()).toBe(404);
  await other.close();
  expect(number).toMatch(/^R-\d{4}-\d{6}$/);
});

test("the reporter corrects an unclaimed report, then withdraws it", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  await fillTypical(page, `Do poprawy ${unique()}`);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await page.getByRole("link", { name: "Zobacz zgłoszenie" }).click();
  await page.getByRole("link", { name: "Popraw zgłoszenie" }).click();
  const corrected = `Poprawione: klient żądał zwrotu gotówki za bilet ${unique()}`;
  await page.getByLabel("Co się wydarzyło").fill(corrected);
  await page.getByRole("button", { name: "Zapisz zmiany" }).click();
  await expect(page.getByText("Zmiany zapisane.")).toBeVisible();
  await expect(page.getByText(corrected)).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("Poprawiono zgłoszenie");

  await page.getByRole("button", { name: "Wycofaj zgłoszenie" }).click();
  // The tapped button gives way to the form, and back: the focus follows, never left on the page's body.
  await expect(page.getByLabel("Powód wycofania (opcjonalnie)")).toBeFocused();
  await page.getByRole("button", { name: "Nie wycofuj" }).click();
  await expect(page.getByRole("button", { name: "Wycofaj zgłoszenie" })).toBeFocused();
  await page.getByRole("button", { name: "Wycofaj zgłoszenie" }).click();
  // A reason the schema refuses (a control character pasted in) is named at the field, which keeps the text.
  const withdrawReason = page.getByLabel("Powód wycofania (opcjonalnie)");
  await withdrawReason.fill("Zgłoszone\u0000 podwójnie");
  await page.getByRole("button", { name: "Tak, wycofaj" }).click();
  await expect(withdrawReason).toHaveAccessibleDescription("Nieprawidłowa wartość.");
  await expect(withdrawReason).toHaveAttribute("aria-invalid", "true");
  await expect(withdrawReason).toBeFocused();
  await expect(withdrawReason).toHaveValue("Zgłoszone\u0000 podwójnie");
  await expect(page.getByTestId("report-status").first()).not.toHaveText("Wycofane");
  await withdrawReason.fill("Zgłoszone podwójnie");
  // Signed out meanwhile (another tab): it says so, not "something went wrong", and the reason stays typed.
  const reportUrl = page.url();
  const cookies = await page.context().cookies();
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Tak, wycofaj" }).click();
  await expect(page.getByText("Sesja wygasła. Zaloguj się ponownie.")).toBeVisible();
  await expect(withdrawReason).toHaveValue("Zgłoszone podwójnie");
  // Not the reason's fault: the field is not marked, and the keyboard stays on the button.
  await expect(withdrawReason).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Tak, wycofaj" })).toBeFocused();
  await page.context().addCookies(cookies);
  expect(page.url()).toBe(reportUrl);
  await page.getByRole("button", { name: "Tak, wycofaj" }).click();
  await expect(page.getByTestId("report-status").first()).toHaveText("Wycofane");
  await expect(page.getByRole("link", { name: "Popraw zgłoszenie" })).toHaveCount(0);
  await expect(page.getByTestId("timeline")).toContainText("Zgłoszone podwójnie");
});

/** The gzip size of every script a fresh load of `path` fetches, by URL. */
async function scriptsOf(page: Page, path: string) {
  const sizes = new Map<string, Promise<number>>();
  const collect = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") sizes.set(response.url(), response.body().then((body) => gzipSync(body).length));
  };
  page.on("response", collect);
  await page.goto(path, { waitUntil: "networkidle" });
  page.off("response", collect);
  return new Map(await Promise.all([...sizes].map(async ([url, size]) => [url, await size] as const)));
}

test("the filing page loads little JavaScript of its own and has no serious accessibility issues", async ({ page }) => {
  await signInAsEmployee(page);
  const shell = await scriptsOf(await page.context().newPage(), "/reports");
  const filing = await scriptsOf(page, "/reports/new");
  const total = [...filing.values()].reduce((sum, size) => sum + size, 0);
  const own = [...filing].filter(([url]) => !shell.has(url)).reduce((sum, [, size]) => sum + size, 0);
  console.log(`/reports/new first-load JS: ${(total / 1024).toFixed(1)} kB gzip in ${filing.size} files, ${(own / 1024).toFixed(1)} kB of it for the form`);
  // The shell (React, Next.js, sign-out, languages) is shared by every page; the form's own share is what this page controls.
  expect(own).toBeLessThan(40 * 1024);

  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(violations).toEqual([]);
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  await expect(page.locator("#narrative-error")).toBeVisible();
  const withErrors = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(withErrors).toEqual([]);
});

test("a correction of a report whose customer description retention removed cannot bring it back", async ({ page }) => {
  await signInAsEmployee(page);
  await page.goto("/reports/new");
  await fillTypical(page, `Stary opis klienta ${unique()}`);
  await page.locator("summary", { hasText: "Opis klienta (opcjonalnie)" }).click();
  await page.getByLabel("Krótki opis klienta").fill("Mężczyzna ok. 40 lat, czerwona kurtka");
  await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
  const number = (await page.getByTestId("report-number").textContent())!.trim();

  // What the retention job does to a report unclaimed past the period (lib/jobs/retention.ts).
  const client = database();
  try {
    await client.query(
      `update "RefusalReport" set "customerDescription" = '[usunięto po okresie przechowywania]', "customerDescriptionRedactedAt" = now() where number = $1`,
      [number],
    );
    await page.goto(`/reports/${number}/edit`);
    // The form says why the field is gone instead of offering the marker as text to edit.
    await expect(page.getByTestId("customer-description-removed")).toBeVisible();
    await expect(page.getByLabel("Krótki opis klienta")).toHaveCount(0);
    await page.getByLabel("Co się wydarzyło").fill(`Poprawione po retencji ${unique()}`);
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await expect(page.getByText("Zmiany zapisane.")).toBeVisible();
    const { rows } = await client.query(`select "customerDescription", "customerDescriptionRedactedAt" from "RefusalReport" where number = $1`, [number]);
    expect(rows[0].customerDescription).toBe("[usunięto po okresie przechowywania]");
    expect(rows[0].customerDescriptionRedactedAt).not.toBeNull();
  } finally {
    await client.end();
  }
});
