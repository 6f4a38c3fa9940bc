import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { signInAs } from "./fixtures";
import { validInput } from "../test/report-input";

// POST /api/reports: filing over JSON with the form's schema and service.

async function locationIdOf(code: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`select "id" from "Location" where "code" = $1`, [code]);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

const report = (locationId: string, overrides: Record<string, unknown> = {}) =>
  validInput({
    locationId,
    category: "AGAINST_POLICY",
    aggressionKinds: [],
    narrative: "Klient żądał zwrotu gotówki bez paragonu po terminie; wyjaśniłam regulamin.",
    customerRequest: "Zwrot gotówki bez paragonu",
    ...overrides,
  });

test("an employee files over JSON once per idempotency key; bad input, other locations and other roles are refused", async ({
  page,
  browser,
  request,
}) => {
  const warsaw = await locationIdOf("WAW-01");
  expect((await request.post("/api/reports", { data: report(warsaw) })).status()).toBe(401);

  await signInAs(page, "employee");
  const body = report(warsaw);
  const first = await page.request.post("/api/reports", { data: body });
  expect(first.status()).toBe(201);
  const { number } = await first.json();
  expect(number).toMatch(/^R-\d{4}-\d{6}$/);
  const retry = await page.request.post("/api/reports", { data: body });
  expect(retry.status()).toBe(200);
  expect(await retry.json()).toEqual({ number });

  const invalid = await page.request.post("/api/reports", { data: report(warsaw, { narrative: "krótko", extra: 1 }) });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error).toBe("validation");
  const elsewhere = await page.request.post("/api/reports", { data: report(await locationIdOf("GDN-01")) });
  expect(elsewhere.status()).toBe(400);

  const hr = await browser.newPage();
  await signInAs(hr, "hr");
  expect((await hr.request.post("/api/reports", { data: report(warsaw) })).status()).toBe(403);
  await hr.close();
});
