// Fuzzing the write endpoints over HTTP (issue 9): generated hostile payloads
// against POST /api/reports and every Server Action. No 5xx, no unexpected
// error; every rejection is a 4xx / validation result naming its fields; an
// accepted report is stored with exactly the text the shared schema produced.
// HTTP_FUZZ_RUNS sets the payloads per endpoint (default 300 in npm test; the proof run uses 10,000 for the JSON
// API, HTTP_FUZZ_ACTION_RUNS (default 30; 10,000 in the proof run) per Server Action).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { fileReportSchema } from "../lib/reports/schema";
import { hostileString, hostileValue } from "../test/fuzz";
import { DEMO_PASSWORD } from "./fixtures";
import { discoveredActions } from "./authz/discover";
import { BASE, callAction, cloneDemoEmployee, database, signInCookie } from "./authz/http";
import { validInput } from "../test/report-input";
import { PERMISSIONS, type Permission } from "../lib/auth/permissions";

const API_RUNS = Number(process.env.HTTP_FUZZ_RUNS ?? 300);
const UPLOAD_RUNS = Number(process.env.HTTP_FUZZ_UPLOAD_RUNS ?? process.env.HTTP_FUZZ_RUNS ?? 100);
const ACTION_RUNS = Number(process.env.HTTP_FUZZ_ACTION_RUNS ?? 30);
const CONCURRENCY = 8;
const TEXT_FIELDS = ["narrative", "customerRequest", "otherCategoryText", "reasonsExplanation", "alternativeDescription", "witnesses", "injuryDamageDetails", "customerDescription"];

const db = database();
let cookie: string;
let adminCookie: string;
// Every permission is held by one of these three (HR holds none the admin does not).
const FUZZ_ROLES = ["EMPLOYEE", "SUPERVISOR", "ADMIN"] as const;
let cookieOf: Record<(typeof FUZZ_ROLES)[number], string>;
let locationId: string;

test.beforeAll(async () => {
  // A fuzzing employee at a location of its own, so its reports stay out of everyone else's lists.
  locationId = randomUUID();
  await db.query(`insert into "Location" (id, code, name) values ($1, $2, 'Fuzz')`, [locationId, `FUZ-${locationId.slice(0, 6)}`]);
  const email = `fuzz-${locationId.slice(0, 8)}@firma.example`;
  const fuzzerId = await cloneDemoEmployee(db, email, "Fuzz Employee");
  await db.query(`insert into "UserLocation" ("userId", "locationId") values ($1, $2)`, [fuzzerId, locationId]);
  cookie = await signInCookie(email, DEMO_PASSWORD);
  adminCookie = await signInCookie("admin@firma.example", DEMO_PASSWORD);
  // The demo supervisor does not review the fuzz location, so its report stays out of her reach.
  cookieOf = { EMPLOYEE: cookie, SUPERVISOR: await signInCookie("katarzyna.zielinska@firma.example", DEMO_PASSWORD), ADMIN: adminCookie };
});

/**
 * The permission an action's guard asks for, read from its "use server" file
 * (`export const x = guardedAction("perm", …)`); null for the few actions
 * that are not guarded by a permission (sign-out, language, set-password).
 */
function permissionOf(key: string): Permission | null {
  const [file, name] = key.split("#");
  const match = new RegExp(`export const ${name} = guardedAction\\(\\s*"([\\w.]+)"`).exec(readFileSync(file, "utf8"));
  return (match?.[1] as Permission | undefined) ?? null;
}

/** Someone who holds the permission, so payloads reach the schema and the handler rather than stop at the guard. */
function fuzzRoleFor(permission: Permission | null) {
  if (!permission) return "EMPLOYEE" as const;
  return FUZZ_ROLES.find((role) => (PERMISSIONS[permission] as readonly string[]).includes(role))!;
}
const GUARD_ANSWERS = new Set(["forbidden", "unauthenticated", "signin"]);

test.afterAll(async () => {
  await db.query(`delete from "OutboxEvent" where payload->>'locationId' = $1`, [locationId]);
  await db.query(`delete from "Attachment" where "reportId" in (select id from "RefusalReport" where "locationId" = $1)`, [locationId]);
  await db.query(`delete from "RefusalReport" where "locationId" = $1`, [locationId]);
  await db.end();
});

async function pool<T>(items: T[], run: (item: T) => Promise<void>) {
  // By index: a generated payload may itself be undefined, which must not end a worker early.
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

const validReport = () =>
  validInput({
    locationId,
    category: "OTHER",
    aggressionKinds: [],
    otherCategoryText: "Inne",
    narrative: "Klient żądał rzeczy niemożliwej.",
    customerRequest: "Rzecz niemożliwa.",
  });

/** Bodies: valid reports with hostile text, with one hostile field, with extra keys; anything; broken JSON. */
const reportBodies = fc.oneof(
  { weight: 4, arbitrary: fc.record(Object.fromEntries(TEXT_FIELDS.map((f) => [f, hostileString])) as Record<string, fc.Arbitrary<string>>, { requiredKeys: [] }).map((texts) => JSON.stringify({ ...validReport(), ...texts })) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(validReport())), hostileValue).map(([key, value]) => JSON.stringify({ ...validReport(), [key]: value })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "isAdmin", "status", "reporterId"), hostileValue).map(([key, value]) => JSON.stringify({ ...validReport(), [key]: value })) },
  { weight: 1, arbitrary: hostileValue.map((value) => JSON.stringify(value) ?? "") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
);

test(`POST /api/reports: ${API_RUNS} generated payloads, no 5xx, field-level rejections, stored text byte-identical`, async () => {
  test.setTimeout(Math.max(900_000, API_RUNS * 100));
  const bodies = fc.sample(reportBodies, { numRuns: API_RUNS, seed: 20260_9 });
  const failures: string[] = [];
  const accepted: { number: string; body: string }[] = [];
  const statuses: Record<number, number> = {};
  await pool(bodies, async (body) => {
    const response = await fetch(`${BASE}/api/reports`, { method: "POST", headers: { "content-type": "application/json", cookie }, body });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    const answer = (await response.json().catch(() => null)) as { number?: string; fieldErrors?: Record<string, string[]> } | null;
    if (response.status >= 500) failures.push(`${response.status} for ${body.slice(0, 300)}`);
    else if (response.status === 400) {
      const fields = Object.entries(answer?.fieldErrors ?? {});
      if (!fields.length || !fields.every(([, messages]) => messages.length && messages.every((m) => typeof m === "string" && m.length))) {
        failures.push(`400 without field messages for ${body.slice(0, 300)}`);
      }
    } else if (response.status === 201 || response.status === 200) accepted.push({ number: answer!.number!, body });
    else failures.push(`unexpected ${response.status} for ${body.slice(0, 300)}`);
  });
  for (const { number, body } of accepted) {
    const parsed = fileReportSchema.safeParse(JSON.parse(body));
    if (!parsed.success) {
      failures.push(`accepted what the schema refuses: ${body.slice(0, 300)}`);
      continue;
    }
    const { rows } = await db.query(`select * from "RefusalReport" where number = $1`, [number]);
    for (const field of TEXT_FIELDS) {
      const sent = (parsed.data as Record<string, unknown>)[field] ?? null;
      if (rows[0][field] !== sent) failures.push(`${field} stored as ${JSON.stringify(rows[0][field])?.slice(0, 80)}, sent ${JSON.stringify(sent)?.slice(0, 80)}`);
    }
  }
  const line = `fuzz POST /api/reports: ${bodies.length} payloads, statuses ${JSON.stringify(statuses)}, 5xx: ${Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0)}, accepted and read back: ${accepted.length}`;
  console.log(line);
  test.info().annotations.push({ type: "summary", description: line });
  expect(failures.slice(0, 20)).toEqual([]);
  expect(bodies.length).toBe(API_RUNS);
  expect(accepted.length).toBeGreaterThan(0);
});

test(`every Server Action: ${ACTION_RUNS} generated payloads each, never an unexpected error or a 5xx`, async () => {
  // Room for the proof run (HTTP_FUZZ_ACTION_RUNS=10000 on every action) on a loaded machine.
  test.setTimeout(Math.max(900_000, ACTION_RUNS * 40 * 50));
  // A report of the fuzzing employee, so report-scoped actions get past "not found" sometimes.
  const own = await fetch(`${BASE}/api/reports`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(validReport()) });
  const { number: ownNumber } = (await own.json()) as { number: string };
  const ownId = (await db.query(`select id from "RefusalReport" where number = $1`, [ownNumber])).rows[0].id as string;
  const inputs = fc.oneof(
    hostileValue,
    fc.dictionary(fc.constantFrom("reportId", "expectedVersion", "body", "reason", "userId", "locationId", "name", "__proto__", "narrative"), fc.oneof(hostileValue, fc.constant(ownId), fc.constant(1)), { maxKeys: 5 }),
  );
  const lines: string[] = [];
  const failures: string[] = [];
  // Each action as someone its guard lets through, or the payloads would only
  // ever meet the guard. As the admin, with ids that cannot pass the strict
  // schemas' checks, so that no generated payload deactivates a demo account.
  for (const action of discoveredActions()) {
    const role = fuzzRoleFor(permissionOf(action.key));
    const who = cookieOf[role];
    const payloads = fc.sample(inputs, { numRuns: ACTION_RUNS, seed: 9 });
    const answers: Record<string, number> = {};
    await pool(payloads, async (input) => {
      const safe = role === "ADMIN" ? { ...(typeof input === "object" && input ? input : { value: input }), userId: "not-a-uuid", locationId: "not-a-uuid" } : input;
      const result = await callAction(action.id, action.worker.replace(/\[[^\]]+\]/g, "x"), safe, who);
      answers[result.answer] = (answers[result.answer] ?? 0) + 1;
      if (result.status >= 500 || result.answer === "unexpected" || result.answer.startsWith("http:")) {
        failures.push(`${action.key}: ${result.status} ${result.answer} for ${JSON.stringify(safe)?.slice(0, 200)}`);
      }
    });
    if (Object.keys(answers).every((answer) => GUARD_ANSWERS.has(answer))) failures.push(`${action.key}: no payload got past the guard as ${role} ${JSON.stringify(answers)}`);
    lines.push(`${action.key} as ${role}: ${payloads.length} payloads ${JSON.stringify(answers)}`);
  }
  const line = `fuzz Server Actions:\n  ${lines.join("\n  ")}`;
  console.log(line);
  test.info().annotations.push({ type: "summary", description: line });
  expect(failures.slice(0, 20)).toEqual([]);
});

/** Uploads: random bytes, or a real format's magic bytes followed by garbage (truncated or corrupt files); hostile names; wrong fields. */
const MAGIC = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff, 0xe0],
  [0x52, 0x49, 0x46, 0x46, 0x00, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50],
  [...Buffer.from("%PDF-1.4\n")],
  [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
];
const uploads = fc.record({
  field: fc.constantFrom("file", "file", "file", "files", "__proto__"),
  name: fc.oneof(hostileString, fc.constant("zdjęcie.jpg")),
  type: fc.constantFrom("image/jpeg", "application/pdf", "text/html", ""),
  bytes: fc.oneof(
    fc.uint8Array({ maxLength: 2048 }),
    fc.tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 2048 })).map(([magic, rest]) => Uint8Array.from([...magic, ...rest])),
  ),
  asText: fc.boolean(),
});

test(`POST /api/reports/[number]/attachments: ${UPLOAD_RUNS} generated uploads, never a 5xx`, async () => {
  test.setTimeout(Math.max(300_000, UPLOAD_RUNS * 100));
  const own = await fetch(`${BASE}/api/reports`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(validReport()) });
  const { number } = (await own.json()) as { number: string };
  const samples = fc.sample(uploads, { numRuns: UPLOAD_RUNS, seed: 2026 });
  const statuses: Record<number, number> = {};
  const failures: string[] = [];
  await pool(samples, async (upload) => {
    const form = new FormData();
    if (upload.asText) form.append(upload.field, Buffer.from(upload.bytes).toString("latin1"));
    else form.append(upload.field, new Blob([upload.bytes], { type: upload.type }), upload.name);
    const response = await fetch(`${BASE}/api/reports/${number}/attachments`, { method: "POST", headers: { cookie }, body: form });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    const answer = (await response.json().catch(() => null)) as { fieldErrors?: Record<string, string[]> } | null;
    if (response.status >= 500) failures.push(`${response.status} for ${upload.field} ${JSON.stringify(upload.name).slice(0, 60)} ${upload.bytes.length} bytes`);
    else if (response.status === 400 && !Object.keys(answer?.fieldErrors ?? {}).length) failures.push(`400 without field messages (${upload.field})`);
    else if (![200, 201, 400, 409].includes(response.status)) failures.push(`unexpected ${response.status} (${upload.field})`);
  });
  const line = `fuzz POST /api/reports/[number]/attachments: ${samples.length} uploads, statuses ${JSON.stringify(statuses)}`;
  console.log(line);
  test.info().annotations.push({ type: "summary", description: line });
  expect(failures.slice(0, 20)).toEqual([]);
  expect(samples.length).toBe(UPLOAD_RUNS);
});
