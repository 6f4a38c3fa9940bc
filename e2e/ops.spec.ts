// The production server under bad configuration and with its database down.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";

const SECRET = "ops-test-secret-ops-test-secret-0123456789";

function startServer(port: number, env: Record<string, string | undefined>) {
  const merged = { ...process.env, ...env, PORT: String(port) };
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      return response;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error("server did not answer");
}

let running: ChildProcess | undefined;
test.afterEach(() => {
  running?.kill("SIGKILL");
  running = undefined;
});

test("the production server refuses to start without NEXTAUTH_SECRET, in one line", async () => {
  const server = startServer(3191, { NODE_ENV: "production", NEXTAUTH_SECRET: undefined });
  running = server.child;
  const code = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r("timeout"), 45_000))]);
  expect(code).toBe(1);
  expect(server.output()).toContain("refusal-desk: Configuration error: NEXTAUTH_SECRET must be set in production");
});

test("with the database unreachable the app starts, health says 503 and pages say the database is unavailable", async ({ browser }) => {
  const port = 3192;
  const server = startServer(port, {
    NODE_ENV: "production",
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://localhost:${port}`,
    DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none",
    DB_CONNECT_TIMEOUT_MS: "1000",
  });
  running = server.child;
  const health = await waitForHealth(port);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ database: "down" });

  // A signed-in person (a valid session cookie) opening a page that needs the database.
  const token = await encode({ token: { sid: randomUUID(), uid: randomUUID() }, secret: SECRET });
  const context = await browser.newContext({ locale: "en-US" });
  await context.addCookies([{ name: "next-auth.session-token", value: token, url: `http://localhost:${port}` }]);
  const page = await context.newPage();
  const response = await page.goto(`http://localhost:${port}/reports`);
  expect(response?.status()).toBeGreaterThanOrEqual(500);
  await expect(page.getByRole("heading", { name: "The database is unavailable" })).toBeVisible();
  await context.close();
});
