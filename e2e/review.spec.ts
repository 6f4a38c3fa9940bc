import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { database } from "./authz/http";
import { DEMO, signIn } from "./fixtures";

test.use({ locale: "en-US" });

const KRAKOW = "Kraków – Floriańska 12";
const WARSZAWA = "Warszawa – Marszałkowska 104";
const MAREK = "marek.szymanski@firma.example";
// Kraków's employees in the demo company, by the name the report shows.
const KRAKOW_EMPLOYEES: Record<string, string> = {
  "Ewa Wiśniewska": "ewa.wisniewska@firma.example",
  "Tomasz Wójcik": "tomasz.wojcik@firma.example",
};

async function seriousViolations(page: Page) {
  return (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Sign-in with room for a slow first request on a busy machine. */
async function signInAs(page: Page, who: keyof typeof DEMO) {
  await signIn(page, DEMO[who].email);
  await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`), { timeout: 30_000 });
}

async function openAs(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 30_000 });
  return page;
}

async function filterByLocation(page: Page, location: string) {
  await page.getByLabel("Location").selectOption({ label: location });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/location=/);
}

test("a supervisor filters the queue by location and status, with counts and overdue markers", async ({ page }) => {
  await signInAs(page, "supervisor");
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  const rows = page.getByTestId("queue-row");
  await expect(rows.first()).toBeVisible();
  // The seed has reports waiting longer than 48 h at every location.
  await expect(page.getByText("Overdue").first()).toBeVisible();

  await filterByLocation(page, KRAKOW);
  await expect(rows.first()).toBeVisible();
  for (const location of await rows.locator("td:nth-child(3)").allTextContents()) expect(location).toBe(KRAKOW);

  await page.getByRole("link", { name: /^Submitted/ }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await expect(page).toHaveURL(/location=/);
  // Waits for the filtered list (the seed has submitted reports at every location), then checks each row.
  const statuses = rows.locator("td:nth-child(6) > span:first-child");
  await expect(statuses.first()).toHaveText("Submitted");
  for (const status of await statuses.allTextContents()) expect(status).toBe("Submitted");
  expect(await seriousViolations(page)).toEqual([]);

  // Dates the wrong way round: the field says why nothing matches.
  await page.getByLabel("Occurred from").fill("2026-11-25");
  await page.getByLabel("Occurred to").fill("2026-11-20");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByLabel("Occurred to")).toHaveAccessibleDescription("This is before the “from” date: no report can match.");
  await expect(rows).toHaveCount(0);
});

test("claim, question, answer, decision, a stale decision's conflict, appeal and its resolution; other locations stay closed", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const status = page.getByTestId("report-status").first();

  // Katarzyna (Warszawa + Kraków) takes the oldest submitted report in Kraków.
  await signInAs(page, "supervisor");
  await expect(page.getByRole("table", { name: "Review queue" })).toBeVisible();
  await filterByLocation(page, WARSZAWA);
  const warsawNumber = (await page.getByTestId("queue-row").first().getByRole("link").textContent())!.trim();
  await filterByLocation(page, KRAKOW);
  await page.getByRole("link", { name: /^Submitted/ }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  const oldest = page.getByTestId("queue-row").first().getByRole("link");
  const number = (await oldest.textContent())!.trim();
  await oldest.click();
  await expect(page.getByRole("heading", { name: `Report ${number}` })).toBeVisible();
  // Marek (Gdańsk + Kraków) has it open too.
  const marek = await openAs(browser, MAREK);
  await marek.goto(`/review/${number}`);
  await page.getByRole("button", { name: "Claim this report" }).click();
  await expect(status).toHaveText("In review");
  await expect(page.getByTestId("holder")).toHaveText("Held by Katarzyna Zielińska");
  // His claim comes second: it says who was first, and nothing about kept text (a button has none).
  await marek.getByRole("button", { name: "Claim this report" }).click();
  await expect(marek.locator("#claim-error")).toHaveText("This report was just changed by Katarzyna Zielińska (now: In review); reload to see it.");
  // Refused, the button he used keeps the focus (it was disabled while it waited): the keyboard is where it was.
  await expect(marek.getByRole("button", { name: "Claim this report" })).toBeFocused();
  // The button is gone: the page says what happened, and focus is on its heading, not lost.
  await expect(page.getByRole("status").filter({ hasText: "You took up the report for review." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  // Sent empty: the field and the line above the form say so; once the field is fixed, neither stays.
  await page.getByRole("button", { name: "Send the question" }).click();
  await expect(page.getByText("Write a question of at least 5 characters.")).toBeVisible();
  const questionForm = page.locator("form", { has: page.getByLabel("Question", { exact: true }) });
  await expect(questionForm.getByText("Please correct the marked fields.")).toBeVisible();
  await page.getByLabel("Question", { exact: true }).fill("Czy ktoś z obsługi widział to zdarzenie? Kto był przy kasie?");
  await expect(questionForm.getByText("Please correct the marked fields.")).toHaveCount(0);
  await page.getByRole("button", { name: "Send the question" }).click();
  await expect(status).toHaveText("Needs information");
  const employeeName = (await page.locator("dt", { hasText: /^Filed by$/ }).locator("xpath=following-sibling::dd[1]").textContent())!.trim();
  expect(Object.keys(KRAKOW_EMPLOYEES)).toContain(employeeName);

  // The employee answers in their own browser.
  const employee = await openAs(browser, KRAKOW_EMPLOYEES[employeeName]);
  await employee.goto(`/reports/${number}`);
  await expect(employee.getByTestId("open-question")).toContainText("Czy ktoś z obsługi widział");
  await employee.getByLabel("Your answer").fill("Tak, kolega z sąsiedniej kasy widział całe zdarzenie.");
  await employee.getByRole("button", { name: "Send answer" }).click();
  await expect(employee.getByTestId("report-status").first()).toHaveText("In review");
  await expect(employee.getByTestId("announcer")).toHaveText("Answer sent. The report goes back for review.");

  // Marek starts a decision on the same report and is interrupted.
  await marek.goto(`/review/${number}`);
  const staleForm = marek.getByTestId("decide-form");
  // Sent too early, the form names what is missing and takes the focus to the first field to fix.
  await staleForm.getByRole("button", { name: "Record the decision" }).click();
  await expect(staleForm.getByText("Choose justified or not justified.")).toBeVisible();
  await expect(staleForm.getByLabel("Justified", { exact: true })).toBeFocused();
  // Above the form, the line the server's refusal gives too.
  await expect(staleForm.getByText("Please correct the marked fields.")).toBeVisible();
  await staleForm.getByLabel("Justified", { exact: true }).check();
  // Answered, its message goes; the focus stays where the person is.
  await expect(staleForm.getByText("Choose justified or not justified.")).toHaveCount(0);
  await expect(staleForm.getByLabel("Justified", { exact: true })).toBeFocused();
  await staleForm.getByRole("radio").nth(2).check();
  await staleForm.getByRole("button", { name: "Record the decision" }).click();
  await expect(staleForm.getByLabel("Rationale")).toBeFocused();
  await expect(staleForm.getByLabel("Rationale")).toHaveAccessibleDescription(/Write a rationale of at least 30 characters\.$/);
  const staleText = "Klient zachowywał się agresywnie wobec pracownika, co potwierdza świadek przy kasie.";
  await staleForm.getByLabel("Rationale").fill(staleText);
  await staleForm.getByLabel("No action").check();

  // Katarzyna decides first.
  await page.reload();
  await expect(page.getByText("Tak, kolega z sąsiedniej kasy").first()).toBeVisible();
  const form = page.getByTestId("decide-form");
  await form.getByLabel("Not justified", { exact: true }).check();
  await form.getByRole("radio", { name: /No alternative offered/ }).check();
  const rationale = "Pracownik nie zaproponował klientowi innego rozwiązania, choć mógł wskazać infolinię.";
  await form.getByLabel("Rationale").fill(rationale);
  await form.getByLabel("Talk with the employee").check();
  await form.getByLabel("Training on the guide").check();
  await form.getByLabel("Note on the follow-up (optional)").fill("Rozmowa w tym tygodniu.");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Record the decision" }).click();
  await expect(status).toHaveText("Not justified");
  // Decided, she no longer holds it: the page says who decided.
  await expect(page.getByTestId("holder")).toHaveText("Decided by Katarzyna Zielińska");
  await expect(page.getByTestId("decision-history")).toContainText(rationale);
  await expect(page.getByTestId("decision-history")).toContainText("Training on the guide");

  // Marek's stale decision: one clear message, his text still there, nothing stored.
  await staleForm.getByRole("button", { name: "Record the decision" }).click();
  await expect(staleForm.getByRole("alert")).toHaveText(
    "This report was just decided by Katarzyna Zielińska; reload to see it. Your text is kept below.",
  );
  await expect(staleForm.getByLabel("Rationale")).toHaveValue(staleText);

  // The employee sees the decision and appeals it.
  await employee.reload();
  await expect(employee.getByTestId("report-status").first()).toHaveText("Not justified");
  await expect(employee.getByText(rationale).first()).toBeVisible();
  await employee.getByLabel("Why the decision should change").fill("Zaproponowałam infolinię, klient odmówił i wyszedł.");
  await employee.getByRole("button", { name: "Send the appeal" }).click();
  await expect(employee.getByTestId("appeal-status")).toContainText("waits for a reviewer");

  // The original decider cannot resolve it; Marek, another supervisor of Kraków, can.
  await page.reload();
  await expect(status).toHaveText("Appealed");
  await expect(page.getByText("The employee appealed your decision")).toBeVisible();
  await expect(page.getByTestId("appeal-form")).toHaveCount(0);
  await marek.reload();
  const appealForm = marek.getByTestId("appeal-form");
  await appealForm.getByLabel("Upheld (not justified)").check();
  await appealForm.getByRole("radio", { name: /No alternative offered/ }).check();
  await appealForm.getByLabel("Rationale").fill("Nagranie z monitoringu nie pokazuje propozycji infolinii; decyzja zostaje utrzymana.");
  await appealForm.getByLabel("Talk with the employee").check();
  await appealForm.getByRole("button", { name: "Resolve the appeal" }).click();
  await expect(marek.getByTestId("report-status").first()).toHaveText("Not justified");
  await expect(marek.getByTestId("decision-history")).toContainText("Upheld on appeal");
  // The ruling is the decision that stands now: its maker is named, not the reviewer whose decision was appealed.
  await expect(marek.getByTestId("holder")).toHaveText("Decided by Marek Szymański");
  await expect(marek.getByTestId("decision-history")).toContainText(rationale);
  await employee.reload();
  await expect(employee.getByTestId("appeal-status")).toContainText("the decision was upheld");

  // A supervisor of other locations cannot open a Warsaw report by URL; a missing one is 404.
  const forbidden = await marek.goto(`/review/${warsawNumber}`);
  expect(forbidden?.status()).toBe(403);
  await expect(marek.getByRole("heading", { name: "Access denied" })).toBeVisible();
  const missing = await marek.goto("/review/R-1999-999999");
  expect(missing?.status()).toBe(404);
  // The tab names the missing page as missing, not as "Report R-1999-999999".
  await expect(marek).toHaveTitle("Not found · Refusal Desk");

  await employee.context().close();
  await marek.context().close();
});

test("an employee cannot open the queue; HR sees appeals but not the queue", async ({ page }) => {
  await signInAs(page, "employee");
  expect((await page.goto("/review"))?.status()).toBe(403);
  // A download the browser opens itself fails as a page in the person's language, with a way back, not as JSON.
  await page.goto("/reports");
  await page.goto("/api/exports/csv?preset=thisYear", { referer: page.url() });
  await expect(page).toHaveURL(/\/problem\?code=forbidden&back=%2Freports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  await expect(page).toHaveTitle("Access denied · Refusal Desk");
  await page.getByRole("link", { name: "Go back" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await page.context().clearCookies();
  await signInAs(page, "hr");
  expect((await page.goto("/review"))?.status()).toBe(403);
  expect((await page.goto("/review/appeals"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Appeals" })).toBeVisible();
  // The demo's appeals, one waiting past the review deadline.
  const appeals = page.getByTestId("appeals");
  await expect(appeals.getByRole("columnheader", { name: "Decided by" })).toBeVisible();
  await expect(appeals.getByText("Overdue").first()).toBeVisible();
  await expect(page.getByTestId("overdue-legend")).toContainText("Waiting longer than 48 h");
});

test("a reopened report is back in review for its reporter and HR: no decision shown, nothing left to correct", async ({ page, browser }) => {
  await signInAs(page, "supervisor");
  await page.getByLabel("Location").selectOption({ label: WARSZAWA });
  await page.getByLabel("Employee").selectOption({ label: DEMO.employee.name });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await page.getByRole("link", { name: /^Justified/ }).click();
  await expect(page).toHaveURL(/status=JUSTIFIED/);
  const link = page.getByTestId("queue-row").first().getByRole("link");
  const number = (await link.textContent())!.trim();
  await link.click();
  await page.getByLabel("Why reopen").fill("Nowe nagranie z monitoringu zmienia ocenę tej sytuacji.");
  await page.getByRole("button", { name: "Reopen the report" }).click();
  await expect(page.getByTestId("report-status").first()).toHaveText("In review");

  const anna = await openAs(browser, DEMO.employee.email);
  await anna.goto(`/reports/${number}`);
  await expect(anna.getByTestId("report-status").first()).toHaveText("In review");
  // The decision no longer stands: its card would contradict the status beside it.
  await expect(anna.getByRole("heading", { name: /^Decision:/ })).toHaveCount(0);
  await expect(anna.getByRole("link", { name: "Correct report" })).toHaveCount(0);
  expect((await anna.goto(`/reports/${number}/edit`))?.status()).toBe(404);
  await anna.context().close();

  // HR's page of it alike: the earlier decision is in its history, not in a card beside "In review".
  const hr = await openAs(browser, DEMO.hr.email);
  await hr.goto(`/hr/reports/${number}`);
  await expect(hr.getByTestId("report-status").first()).toHaveText("In review");
  await expect(hr.getByRole("heading", { name: /^Decision:/ })).toHaveCount(0);
  await expect(hr.getByTestId("timeline")).toContainText("Decision");
  await expect(hr.getByTestId("timeline")).toContainText("Reopened");
  await hr.context().close();
});

test("a supervisor's own report opens as its reporter's page, from the queue's and HR's addresses alike", async ({ page }) => {
  // Supervisors file reports too; nobody reviews their own, and consequences are not the reporter's to see.
  // One at a location she reviews, one at a location she does not (Gdańsk, filed before a move): both hers to read.
  const db = database();
  const numbers = { "WAW-01": `R-OWN-${randomUUID().slice(0, 8)}`, "GDN-01": `R-OWN-${randomUUID().slice(0, 8)}` };
  try {
    for (const [code, number] of Object.entries(numbers)) {
      await db.query(
        `insert into "RefusalReport" (id, number, "idempotencyKey", "reporterId", "locationId", "occurredAt", category, "aggressionKinds",
           narrative, "customerRequest", "reasonsExplained", "alternativeOffered", "updatedAt")
         select gen_random_uuid(), $1, gen_random_uuid()::text, u.id, l.id, now(), 'UNLAWFUL_REQUEST', '{}', 'Zgłoszenie przełożonej.', 'Zwrot.', true, false, now()
         from "User" u, "Location" l where u.email = $2 and l.code = $3`,
        [number, DEMO.supervisor.email, code],
      );
    }
  } finally {
    await db.end();
  }
  await signInAs(page, "supervisor");
  for (const path of Object.values(numbers).flatMap((number) => [`/review/${number}`, `/hr/reports/${number}`])) {
    const number = path.split("/").at(-1)!;
    await page.goto(path);
    await expect.poll(() => new URL(page.url()).pathname, { message: path }).toBe(`/reports/${number}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Report ${number}`);
    await expect(page.getByRole("button", { name: "Claim this report" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Record/ })).toHaveCount(0);
  }
});
