// Bad operations input: the process refuses to start with one clear line and
// a non-zero exit, never runs half-configured.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECRET = "a".repeat(40);
const scratch = mkdtempSync(path.join(os.tmpdir(), "refusal-desk-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function start(env: Record<string, string | undefined>): Promise<{ code: number | null; stderr: string }> {
  const clean = { ...process.env, DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined, ...env };
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: ROOT,
      env: Object.fromEntries(Object.entries(clean).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.trim() });
    });
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("npm start with bad configuration", () => {
  it("refuses a malformed DATABASE_URL", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "postgres//nohost", NEXTAUTH_SECRET: SECRET });
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^refusal-desk: DATABASE_URL .*postgresql:\/\//);
  });

  it("refuses to run with DATABASE_URL but no NEXTAUTH_SECRET", async () => {
    const { code, stderr } = await start({ DATABASE_URL: "postgresql://u:p@127.0.0.1:1/db" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^refusal-desk: NEXTAUTH_SECRET must be set/);
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it("says what to do when the data directory cannot be created", async () => {
    // A free port of its own: the default one may be a running demo's (npm start on this machine).
    const { code, stderr } = await start({ REFUSAL_DESK_DATA_DIR: "/etc/hostname/refusal-desk", EMBEDDED_PG_PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^refusal-desk: Cannot create .*REFUSAL_DESK_DATA_DIR/);
  });

  it("says what to do when the embedded database port is taken", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const { code, stderr } = await start({ REFUSAL_DESK_DATA_DIR: path.join(scratch, "data"), EMBEDDED_PG_PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toBe(`refusal-desk: Port ${port} is already in use: stop what listens there or set EMBEDDED_PG_PORT to a free port.`);
    } finally {
      server.close();
    }
  });
});
