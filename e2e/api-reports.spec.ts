import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { BASE, database, signInCookie } from "./authz/http";
import { DEMO, DEMO_PASSWORD, signInAs } from "./fixtures";
import { MAX_ATTACHMENT_BODY_BYTES } from "../lib/reports/fields";
import { validInput } from "../test/report-input";

// POST /api/reports: filing over JSON with the form's schema and service.

// The test database, for what the API does not show.
const db = database();
test.afterAll(() => db.end());

async function locationIdOf(code: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`select "id" from "Location" where "code" = $1`, [code]);
  return rows[0].id;
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

test("a body no form could produce is refused before it is all read, declared or streamed, and nothing is stored", async () => {
  const cookie = await signInCookie(DEMO.employee.email, DEMO_PASSWORD);
  const warsaw = await locationIdOf("WAW-01");
  const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
    fetch(`${BASE}${path}`, { method: "POST", headers: { cookie, ...headers }, body, duplex: "half" } as RequestInit);

  // Declared: a narrative of 2 MB, twice the body limit, is refused by its Content-Length.
  const tooLong = report(warsaw, { narrative: "x".repeat(2 * 1024 * 1024) });
  const declared = await post("/api/reports", JSON.stringify(tooLong), { "content-type": "application/json" });
  expect(declared.status).toBe(413);
  expect(await declared.json()).toMatchObject({ error: "too_large" });
  const stored = await db.query(`select 1 from "RefusalReport" where "idempotencyKey" = $1`, [tooLong.idempotencyKey]);
  expect(stored.rows.length).toBe(0);

  // Streamed without a length: an upload just past 10 MB and its envelope is counted as it comes.
  const filed = await post("/api/reports", JSON.stringify(report(warsaw)), { "content-type": "application/json" });
  expect(filed.status).toBe(201);
  const { number } = (await filed.json()) as { number: string };
  const total = MAX_ATTACHMENT_BODY_BYTES + 1;
  let sent = 0;
  const chunked = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(64 * 1024, total - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
  const upload = await post(`/api/reports/${number}/attachments`, chunked, { "content-type": "multipart/form-data; boundary=x" });
  expect(upload.status).toBe(400);
  expect(await upload.json()).toMatchObject({ fieldErrors: { file: ["errors.fileTooLarge"] } });
  expect((await fetch(`${BASE}/api/health`)).status).toBe(200);
});
