import { expect, test, type Page, type Response } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signIn, signInAs } from "./fixtures";
import { cloneDemoEmployee, database } from "./authz/http";

test.use({ locale: "en-US" });

// Collects CSP violations reported by the browser, both as events and as console errors.
async function watchCsp(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation/i.test(text)) violations.push(`${page.url()}: ${text}`);
  });
  return violations;
}

function expectSecurityHeaders(response: Pick<Response, "headers"> | null, path: string) {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).toContain("frame-ancestors 'none'");
  expect(csp, path).toContain("object-src 'none'");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  // Served over plain HTTP here: no HSTS (it is sent only under HTTPS).
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

// One path per route shape (ids replaced), so a list of 200 reports costs one visit.
const shapeOf = (path: string) => path.replace(/\?.*$/, "").replace(/\/[0-9a-f-]{36}|\/R-\d{4}-\d+|\/\d+(?=\/|$)/gi, "/:id");

// Violations surface while the page parses and hydrates. Link prefetching can
// keep the network busy for long on a loaded machine, so the quiet wait is bounded.
async function settle(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => {});
}

async function crawl(page: Page, start: string, visited: Set<string>, limit = 30) {
  const queue = [start];
  while (queue.length > 0 && visited.size < limit) {
    const path = queue.shift()!;
    const shape = shapeOf(path);
    if (visited.has(shape)) continue;
    visited.add(shape);
    const response = await page.goto(path);
    expectSecurityHeaders(response, path);
    await settle(page);
    const links = await page.locator("a[href^='/']").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    for (const link of links) {
      if (!link.startsWith("/api/") && !link.includes("#") && !visited.has(shapeOf(link))) queue.push(link);
    }
  }
}

test("every page sends the CSP and security headers, and the browser reports no CSP violation", async ({ page }) => {
  test.setTimeout(360_000);
  const violations = await watchCsp(page);
  const visited = new Set<string>();
  for (const path of ["/signin", "/set-password/not-a-valid-token-at-all-000000", "/no-such-page"]) {
    const response = await page.goto(path);
    expectSecurityHeaders(response, path);
    await settle(page);
  }
  for (const role of Object.keys(DEMO) as (keyof typeof DEMO)[]) {
    await page.context().clearCookies();
    await signInAs(page, role);
    await crawl(page, DEMO[role].home, visited);
    // A page the role may not open: the 403 page is covered too.
    const forbidden = await page.goto(role === "admin" ? "/reports" : "/admin/users");
    expectSecurityHeaders(forbidden, "403 page");
  }
  expect(visited.size).toBeGreaterThan(6);
  expect(violations).toEqual([]);
});

test("API routes send the static security headers and a CSP that allows nothing, without the pages' proxy", async ({ request }) => {
  // health (public), a route refused signed out, a method a route lacks, a missing route, an export
  const paths: [string, number][] = [["/api/health", 200], ["/api/reports", 405], ["/api/nope", 404], ["/api/exports/csv", 401]];
  for (const [path, status] of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  // next-auth's routes still pass through the proxy (it caps their bodies): the pages' CSP.
  const auth = await request.get("/api/auth/csrf");
  expect(auth.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
  expect(auth.headers()["x-content-type-options"]).toBe("nosniff");
});

test("behind a TLS-terminating proxy, pages and API routes send HSTS and pages upgrade insecure requests", async ({ request }) => {
  const https = { "x-forwarded-proto": "https" };
  for (const path of ["/signin", "/api/health", "/api/auth/csrf"]) {
    const response = await request.get(path, { headers: https });
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
  }
  const page = await request.get("/signin", { headers: https });
  expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  expect((await request.get("/signin", { headers: { "x-forwarded-proto": "http" } })).headers()["strict-transport-security"]).toBeUndefined();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signInAs(page, "employee");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
});

test("signing out ends the session on the server: the old cookie replayed is refused", async ({ page }) => {
  await signInAs(page, "employee");
  const saved = await page.context().cookies();
  // The button works once the page is hydrated; a click before that (a loaded CI machine) does nothing, so it is clicked until it has.
  await expect(async () => {
    await page.getByRole("button", { name: "Sign out" }).click({ timeout: 2_000 });
    await expect(page).toHaveURL(/\/signin/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });

  await page.context().clearCookies();
  await page.context().addCookies(saved);
  await page.goto(DEMO.employee.home);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Freports/);
});

test("repeated wrong passwords lock the account with a clear message, the same for an unknown e-mail", async ({ page }) => {
  test.slow();
  const suffix = Date.now().toString(36);
  // A real account of its own (a copy of the employee's, same password), so the demo accounts stay usable.
  const known = `locked.${suffix}@firma.example`;
  const db = database();
  try {
    await cloneDemoEmployee(db, known, "Locked Employee");
  } finally {
    await db.end();
  }
  for (const email of [known, `nobody.${suffix}@firma.example`]) {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, email, `wrong password ${attempt}`);
      await expect(page.locator("#signin-error")).toHaveText("Wrong e-mail or password.");
    }
    await signIn(page, email, "wrong password 6");
    await expect(page.locator("#signin-error")).toHaveText("Too many failed attempts. Try again in a few minutes.");
  }
  // Locked means locked: the right password is refused too, with the same message.
  await signIn(page, known, DEMO_PASSWORD);
  await expect(page.locator("#signin-error")).toHaveText("Too many failed attempts. Try again in a few minutes.");
});

test("a path with a malformed percent-escape is not found, never a server error", async ({ request }) => {
  // Next.js fails decoding such a route parameter with a bare 500 (the proxy answers first).
  for (const path of ["/reports/%E0%A4%A", "/review/%ZZ", "/hr/reports/%C3%28"]) {
    const response = await request.get(path, { headers: { "Accept-Language": "en" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("This page does not exist or you do not have access to it.");
    expectSecurityHeaders(response, path);
  }
  for (const path of ["/api/reports/%ZZ/attachments", "/api/exports/%E0%A4%A", "/api/auth/%ZZ"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.json(), path).toMatchObject({ error: "not_found" });
  }
  // A well-formed escape still reaches its route, whose guard refuses a signed-out request.
  const wellFormed = await request.get("/api/reports/R-2026-%30%30/attachments/%61bc", { maxRedirects: 0 });
  expect(wellFormed.status()).toBe(401);
  expect(await wellFormed.json()).toMatchObject({ error: "unauthenticated" });
  // Passing the proxy's check, it keeps the API routes' static CSP (an evidence file's sandbox), not a page's.
  expect(wellFormed.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
});

test("a signed-in reader's report path holding an escaped '%' is not found, never a server error", async ({ page }) => {
  // Next.js has decoded the parameter already: decoding it again threw on "%".
  await signInAs(page, "supervisor");
  for (const path of ["/review/%25", "/review/R-2026-%2525", "/hr/reports/%25", "/reports/%25"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Not found");
  }
});
