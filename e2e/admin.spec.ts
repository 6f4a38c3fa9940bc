import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signInAs } from "./fixtures";

test.use({ locale: "en-US" });

const suffix = Date.now().toString(36).slice(-5).toUpperCase();
const LOCATION = { code: `POZ-${suffix}`, name: `Poznań – Półwiejska ${suffix}` };
const SUPERVISOR = { name: `Zofia Nowicka ${suffix}`, email: `zofia.${suffix.toLowerCase()}@firma.example`, password: "zielony rower nad wisłą" };

/** Accepts the next confirmation, and returns what it asked. */
function acceptNextDialog(page: Page): Promise<string> {
  return new Promise((resolve) =>
    page.once("dialog", (dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
}

test("admin creates a supervisor for a new location; they set a password, review it, and are cut off when deactivated", async ({ page, browser }) => {
  test.slow();
  await signInAs(page, "admin");

  // A new location.
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Locations" }).click();
  await expect(page.getByRole("heading", { name: "Locations", level: 1 })).toBeVisible();
  await page.getByLabel("Code").fill(LOCATION.code);
  await page.getByLabel("Name", { exact: true }).first().fill(LOCATION.name);
  await page.getByRole("button", { name: "Add location" }).click();
  await expect(page.getByTestId(`location-${LOCATION.code}`)).toBeVisible();

  // A supervisor who works at and reviews it; the one-time link is shown once.
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Users" }).click();
  const form = page.getByRole("region", { name: "New user" });
  await form.getByLabel("Name").fill(SUPERVISOR.name);
  await form.getByLabel("E-mail").fill(SUPERVISOR.email);
  await form.getByLabel("Role").selectOption("SUPERVISOR");
  await form.getByRole("group", { name: "Works at" }).getByLabel(LOCATION.name).check();
  await form.getByRole("group", { name: "Reviews reports from" }).getByLabel(LOCATION.name).check();
  await form.getByRole("button", { name: "Create account" }).click();
  const linkField = page.getByTestId("one-time-link");
  await expect(linkField).toHaveValue(/\/set-password\/[\w-]{43}$/);
  // What the admin needs next has the focus (the form was just reset).
  await expect(linkField).toBeFocused();
  const link = await linkField.inputValue();
  await expect(page.getByRole("link", { name: SUPERVISOR.name })).toBeVisible();

  // The new supervisor, in their own browser: set a password through the link, sign in.
  const theirs = await browser.newContext({ locale: "en-US" });
  const them = await theirs.newPage();
  await them.goto(link);
  await expect(them.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await them.getByLabel("New password").fill("password1234");
  await them.getByLabel("Repeat the password").fill("password1234");
  await them.getByRole("button", { name: "Set password" }).click();
  await expect(them.getByText("This password is too common")).toBeVisible();
  await expect(them.getByLabel("New password")).toBeFocused();
  await them.getByLabel("New password").fill(SUPERVISOR.password);
  await them.getByLabel("Repeat the password").fill(SUPERVISOR.password);
  await them.getByRole("button", { name: "Set password" }).click();
  await expect(them).toHaveURL(/\/signin\?passwordSet=1/);
  await expect(them.getByRole("status")).toHaveText("Your password is set. Sign in with it.");
  await signIn(them, SUPERVISOR.email, SUPERVISOR.password);
  await expect(them).toHaveURL(/\/review$/);
  await expect(them.getByTestId("current-user")).toContainText(SUPERVISOR.name);
  await expect(them.getByRole("heading", { name: "Review queue" })).toBeVisible();

  // The link worked once.
  await them.goto(link);
  await expect(them.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await them.goto("/review");
  await expect(them).toHaveURL(/\/review$/);

  // Taken off their only location on the location page, they are told why their queue is empty, not shown an empty list.
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Locations" }).click();
  const editor = page.getByTestId(`location-${LOCATION.code}`);
  await editor.getByRole("group", { name: "Reviewing supervisors" }).getByLabel(SUPERVISOR.name).uncheck();
  await editor.getByRole("button", { name: "Save supervisors" }).click();
  await expect(editor.getByText("Saved.", { exact: true })).toBeVisible();
  await them.reload();
  await expect(them.getByTestId("no-review-scope")).toHaveText(/No location is assigned to you for review/);
  await expect(them.getByRole("table")).toHaveCount(0);
  expect((await new AxeBuilder({ page: them }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await them.goto("/hr");
  await expect(them.getByRole("heading", { name: "Refusals dashboard", level: 1 })).toBeVisible();
  await expect(them.getByTestId("no-review-scope")).toBeVisible();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Users" }).click();
  // The admin's list marks them.
  await expect(page.getByRole("row").filter({ hasText: SUPERVISOR.email })).toContainText("Reviews no location: their queue stays empty");

  // The admin deactivates them; their open session is refused on the next click.
  await page.getByRole("link", { name: SUPERVISOR.name }).click();
  await expect(page.getByRole("heading", { name: SUPERVISOR.name })).toBeVisible();
  const asked = acceptNextDialog(page);
  await page.getByRole("button", { name: "Deactivate account" }).click();
  // The question names the person and what follows.
  expect(await asked).toBe(`Deactivate ${SUPERVISOR.name}? They are signed out and cannot sign in until an admin reactivates them.`);
  await expect(page.getByText("Account deactivated.")).toBeVisible();
  await expect(page.getByTestId("user-status")).toContainText("Deactivated since");

  await them.getByRole("link", { name: "Refusal Desk" }).click();
  await expect(them).toHaveURL(/\/signin/);
  await signIn(them, SUPERVISOR.email, SUPERVISOR.password);
  await expect(them.locator("#signin-error")).toHaveText("Wrong e-mail or password.");
  await theirs.close();

  // Every change is in the audit log, filterable by action.
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Audit log" }).click();
  const table = page.getByTestId("audit-table");
  for (const action of ["admin.location.created", "admin.user.created", "auth.password.set", "admin.user.deactivated"]) {
    await expect(table.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await page.getByLabel("Event").selectOption("admin.user.deactivated");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=admin\.user\.deactivated/);
  await expect(table.locator("tbody tr")).toHaveCount(1);
  // Named in the reader's language, with the code beside it.
  await expect(table.locator("tbody tr").first()).toContainText("Account deactivated");
  // Its details are named too, the locations by name rather than by id.
  await page.getByLabel("Event").selectOption("admin.user.created");
  await page.getByRole("button", { name: "Filter" }).click();
  const created = table.locator("tbody tr").filter({ hasText: SUPERVISOR.email });
  await expect(created.getByRole("definition")).toHaveText(["Supervisor", SUPERVISOR.email, LOCATION.name, LOCATION.name]);
  await expect(created.getByRole("term")).toHaveText(["Role", "E-mail", "Works at", "Supervises"]);
  // A location's supervisors are named, not shown as ids.
  await page.getByLabel("Event").selectOption("admin.location.supervisors_set");
  await page.getByRole("button", { name: "Filter" }).click();
  const unassigned = table.locator("tbody tr").filter({ hasText: LOCATION.name });
  await expect(unassigned.getByRole("term")).toHaveText(["Before", "After"]);
  await expect(unassigned.getByRole("definition")).toHaveText([SUPERVISOR.name, "—"]);
  // Dates the wrong way round: the field says why nothing matches.
  await page.goto("/admin/audit?from=2026-11-27&to=2026-11-01");
  await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription("This is before the “from” date: no event can match.");
});

test("admin changes settings, renames a location and resets a password to a new link", async ({ page }) => {
  test.slow();
  await signInAs(page, "admin");
  await page.goto("/admin/settings");
  await page.getByLabel("Review deadline (hours)").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("From 1 to 720 hours.")).toBeVisible();
  await page.getByLabel("Review deadline (hours)").fill("48");
  await page.getByLabel("Keep customer descriptions for (months)").fill("12");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  // The button, disabled while saving, has the focus back: the keyboard is where it was.
  await expect(page.getByRole("button", { name: "Save settings" })).toBeFocused();
  // The audit log names the one settings record by its type, without an id.
  await page.goto("/admin/audit?action=admin.settings.updated");
  await expect(page.getByTestId("audit-table").locator("tbody tr").first().locator("td").nth(3)).toHaveText("Settings");

  // A location renamed, then archived.
  await page.goto("/admin/locations");
  const code = `REN-${suffix}`;
  await page.getByLabel("Code").fill(code);
  await page.getByLabel("Name", { exact: true }).first().fill(`Łódź ${suffix}`);
  await page.getByRole("button", { name: "Add location" }).click();
  const card = page.getByTestId(`location-${code}`);
  await card.getByLabel("Name").fill("");
  await card.getByRole("button", { name: "Rename" }).click();
  await expect(card.getByLabel("Name")).toHaveAccessibleDescription("Enter a name.");
  await expect(card.getByLabel("Name")).toBeFocused();
  // First to a name that is also a role's code: the audit log must show it as the name it is.
  await card.getByLabel("Name").fill("ADMIN");
  await card.getByRole("button", { name: "Rename" }).click();
  await expect(card.getByRole("heading")).toContainText("ADMIN");
  await card.getByLabel("Name").fill(`Łódź – Piotrkowska ${suffix}`);
  await card.getByRole("button", { name: "Rename" }).click();
  await expect(card.getByRole("heading")).toContainText(`Łódź – Piotrkowska ${suffix}`);
  await page.goto("/admin/audit?action=admin.location.renamed");
  const renamed = page.getByTestId("audit-table").locator("tbody tr").first();
  await expect(renamed.getByRole("term")).toHaveText(["From", "To"]);
  await expect(renamed.getByRole("definition")).toHaveText(["ADMIN", `Łódź – Piotrkowska ${suffix}`]);
  await page.goto("/admin/locations");
  await card.getByRole("button", { name: "Archive" }).click();
  await expect(card.getByRole("heading")).toContainText("(archived)");

  // A throwaway account (the demo people are used by other specs).
  const name = `Reset Test ${suffix}`;
  await page.goto("/admin/users");
  const form = page.getByRole("region", { name: "New user" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(`reset.${suffix.toLowerCase()}@firma.example`);
  // An employee works somewhere (the form refuses one with no location).
  await form.getByRole("group", { name: "Works at" }).getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Create account" }).click();
  const first = await page.getByTestId("one-time-link").inputValue();
  expect(first).toMatch(/\/set-password\//);

  await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name: "Anna Kowalska" })).toHaveCount(0);
  await page.getByRole("link", { name }).click();
  // The tab names the person, as the page's heading does.
  await expect(page).toHaveTitle(`${name} · Users · Refusal Desk`);
  const asked = acceptNextDialog(page);
  await page.getByRole("button", { name: "Reset password" }).click();
  expect(await asked).toContain(`Reset the password of ${name}?`);
  const second = await page.getByTestId("one-time-link").inputValue();
  expect(second).toMatch(/\/set-password\//);
  expect(second).not.toBe(first);

  await page.goto(first);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await page.goto(second);
  await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
});

test("the audit log reads an export's filter: locations by name, categories and outcome by label", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/hr?preset=thisYear&cat=OTHER&cat=SAFETY_BREACH&outcome=UNDECIDED");
  await page.locator("summary", { hasText: "Locations" }).click();
  await page.getByLabel(/Warszawa – Marszałkowska 104/).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/loc=[0-9a-f-]{36}/);
  const exported = await page.request.get(`/api/exports/csv${new URL(page.url()).search}`);
  expect(exported.status()).toBe(200);

  await page.goto("/admin/audit?action=export.csv");
  const row = page.getByTestId("audit-table").locator("tbody tr").first();
  const terms = await row.getByRole("term").allInnerTexts();
  const definitions = await row.getByRole("definition").allInnerTexts();
  const line = (term: string) => definitions[terms.indexOf(term)];
  expect(line("Filter › Locations")).toBe("Warszawa – Marszałkowska 104");
  expect(line("Filter › Categories")).toBe("Breach of safety rules, Other");
  expect(line("Filter › Outcome")).toBe("Waiting for a decision");
  // The period is its own two lines, not repeated inside the filter's query string.
  expect(terms).toContain("From");
  expect(definitions.join(" ")).not.toContain("preset=");
});

test("a decision reason's order out of range is named beside the field, which takes the focus; nothing is saved", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/reasons");
  const form = page.locator('[data-testid^="reason-"]').first();
  const order = form.getByLabel("Order");
  const before = await order.inputValue();
  await order.fill("20000");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(order).toBeFocused();
  await expect(order).toHaveAttribute("aria-invalid", "true");
  await expect(order).toHaveAccessibleDescription("A whole number from 0 to 10,000.");
  await expect(form.getByRole("status")).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-testid^="reason-"]').first().getByLabel("Order")).toHaveValue(before);
});

test("admin pages are refused to other roles", async ({ page }) => {
  test.slow();
  for (const role of ["employee", "supervisor", "hr"] as const) {
    await page.context().clearCookies();
    await signInAs(page, role);
    for (const path of ["/admin/users", "/admin/locations", "/admin/settings", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} ${path}`).toBe(403);
    }
  }
});
