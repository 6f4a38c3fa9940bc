// Plain HTTP clients for the production server: sign in through next-auth's
// own endpoints, open pages without following redirects, call Server Actions
// the way the browser does (POST with the Next-Action header).
import pg from "pg";
import { signIn } from "../../test/http-session";

export const BASE = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;

export function database() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run through npm test / npm run test:e2e");
  return new pg.Pool({ connectionString: url, max: 4 });
}

/**
 * A new employee account with the demo employee's password, for a spec that
 * changes an account (locks it, deactivates it, fills its bell) and so must
 * not touch the demo ones other specs sign in with. Returns its id.
 */
export async function cloneDemoEmployee(db: pg.Pool | pg.Client, email: string, name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into "User" (id, email, name, role, "passwordHash", "updatedAt")
     select gen_random_uuid(), $1, $2, 'EMPLOYEE', "passwordHash", now() from "User" where email = 'anna.kowalska@firma.example' returning id`,
    [email, name],
  );
  return rows[0].id;
}

/** Signs in with e-mail and password; returns the Cookie header of the session. */
export function signInCookie(email: string, password: string, base = BASE): Promise<string> {
  return signIn(base, email, password);
}

/** What a page answers, without following redirects: ok, signin, forbidden, not_found, redirect:<path>, or the status. */
export async function pageAnswer(path: string, cookie: string | null): Promise<string> {
  const response = await fetch(`${BASE}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "", BASE);
    return location.pathname === "/signin" ? "signin" : `redirect:${location.pathname}`;
  }
  return statusWord(response.status);
}

export function statusWord(status: number): string {
  return { 200: "ok", 201: "ok", 400: "validation", 401: "unauthenticated", 403: "forbidden", 404: "not_found", 409: "conflict" }[status] ?? String(status);
}

/** Calls a route handler; a FormData body goes as multipart (fetch sets its boundary), anything else as JSON. */
export async function routeAnswer(method: string, path: string, cookie: string | null, body?: unknown): Promise<string> {
  const json = body !== undefined && !(body instanceof FormData);
  const response = await fetch(`${BASE}${path}`, {
    method,
    redirect: "manual",
    headers: { origin: BASE, ...(cookie ? { cookie } : {}), ...(json ? { "content-type": "application/json" } : {}) },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  await response.arrayBuffer();
  return statusWord(response.status);
}

export interface ActionCall {
  status: number;
  /** "ok", or the ActionResult's error code, or "http:<status>" when no result came back. */
  answer: string;
  text: string;
}

/** Calls a Server Action by id, posting to `path` like the browser does. */
// React's client encodes a string that starts with "$" as "$$…": a bare "$…"
// is a reference in the Server Action wire format. Encoded the same way here,
// generated text reaches the action as text; an unencoded one is a malformed
// request that Next.js answers with 500 before any app code runs (README, Proof).
function escapeReferences(_key: string, value: unknown) {
  return typeof value === "string" && value.startsWith("$") ? `$${value}` : value;
}

export async function callAction(
  id: string,
  path: string,
  input: unknown,
  cookie: string | null,
  { origin = BASE, base = BASE }: { origin?: string; base?: string } = {},
): Promise<ActionCall> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([input], escapeReferences),
  });
  const text = await response.text();
  const code = /"ok":false,"code":"(\w+)"/.exec(text)?.[1];
  const answer = code ?? (/"ok":true/.test(text) ? "ok" : `http:${response.status}`);
  return { status: response.status, answer, text };
}
