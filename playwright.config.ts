import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where present (Playwright's own download is not available
// on every machine); PLAYWRIGHT_CHROMIUM_PATH overrides, and with neither,
// Playwright uses its own browser.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
// Beside each engineer's app port, so parallel runs do not collide.
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 95);
const oidc = {
  port: oidcPort,
  issuer: `http://127.0.0.1:${oidcPort}`,
  clientId: "refusal-desk-e2e",
  clientSecret: "refusal-desk-e2e-client-secret",
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    // A real OpenID provider for the SSO test (e2e/sso.spec.ts), next to the app.
    {
      command: "node_modules/.bin/tsx e2e/support/oidc-provider.ts",
      url: `${oidc.issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { OIDC_PORT: String(oidc.port), APP_URL: `http://localhost:${port}`, OIDC_CLIENT_ID: oidc.clientId, OIDC_CLIENT_SECRET: oidc.clientSecret },
    },
    {
      command: `node_modules/.bin/next start -p ${port}`,
      url: `http://localhost:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        NEXTAUTH_URL: `http://localhost:${port}`,
        OIDC_ISSUER: oidc.issuer,
        OIDC_CLIENT_ID: oidc.clientId,
        OIDC_CLIENT_SECRET: oidc.clientSecret,
        OIDC_NAME: "E2E IdP",
        OIDC_ROLE_CLAIM: "refusal_desk_role",
        OIDC_DEFAULT_ROLE: "EMPLOYEE",
        OIDC_ALLOW_SIGNUP: "true",
        // Every spec signs in from one address: keep the per-IP limit out of
        // their way (the per-account limit is what e2e/security-headers.spec.ts tests).
        LOGIN_MAX_FAILURES_PER_IP: "1000",
      },
    },
  ],
});
