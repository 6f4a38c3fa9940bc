// npm start: the whole app on one machine. Without DATABASE_URL it starts an
// embedded PostgreSQL under .data/, applies migrations and seeds the demo
// company on first start; then it builds (once) and serves Next.js, with the
// background worker (scripts/worker.ts) beside it unless RUN_WORKER=false.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EmbeddedPostgresError } from "../lib/db/embedded.ts";
import { PROJECT_ROOT, connectDatabase, localAuthSecret } from "../lib/db/connection.ts";
import { applyMigrations } from "../lib/db/migrations.ts";
import { createPrismaClient } from "../lib/db/prisma-node.ts";
import { seedDemo } from "../prisma/seed/demo.ts";
import { APP_BUILD_DIR, nextServerEnv } from "./next-server.ts";

const dev = process.argv.includes("--dev");
const rebuild = process.argv.includes("--rebuild");
const port = Number(process.env.PORT ?? 3000);
// Deployments that run workers separately (npm run worker) set RUN_WORKER=false on web instances.
const runWorker = process.env.RUN_WORKER !== "false";

function fail(message: string): never {
  console.error(`refusal-desk: ${message}`);
  process.exit(1);
}

async function main() {
  const usingEmbedded = !process.env.DATABASE_URL;
  if (!usingEmbedded && !dev && !process.env.NEXTAUTH_SECRET) {
    fail("NEXTAUTH_SECRET must be set when DATABASE_URL is set (generate one with: openssl rand -base64 32)");
  }
  const database = await connectDatabase();
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  } catch (error) {
    if (usingEmbedded) throw error;
    // An unreachable external database must not stop the app: it serves the
    // "database unavailable" page and /api/health answers 503 until it is back.
    console.error(`refusal-desk: could not apply migrations (${(error as Error).message}); starting anyway`);
  }

  if (usingEmbedded) {
    const prisma = createPrismaClient(database.url);
    const { created, accounts } = await seedDemo(prisma);
    await prisma.$disconnect();
    if (created) {
      console.log("\nDemo company created. Accounts (printed once):");
      for (const account of accounts) {
        console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(36)} ${account.password}`);
      }
      console.log("");
    }
  }

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const next = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");
  if (!dev && (rebuild || !existsSync(path.join(PROJECT_ROOT, APP_BUILD_DIR, "BUILD_ID")))) {
    console.log("Building the app (first start only; `npm start -- --rebuild` after updates)…");
    const build = spawnSync(next, ["build"], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    if (build.status !== 0) fail("next build failed");
  }

  const server = spawn(next, [dev ? "dev" : "start", "-p", String(port)], { cwd: PROJECT_ROOT, env: dev ? env : nextServerEnv(env), stdio: "inherit" });
  console.log(`\nRefusal Desk: http://localhost:${port}\n`);

  let stopping = false;
  let worker: ChildProcess | null = null;
  const startWorker = () => {
    worker = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), [path.join(PROJECT_ROOT, "scripts", "worker.ts")], {
      cwd: PROJECT_ROOT,
      env,
      stdio: "inherit",
    });
    worker.on("exit", (code) => {
      if (stopping) return;
      // Jobs wait in the database meanwhile; nothing is lost while it restarts.
      console.error(`refusal-desk: worker exited (${code}); restarting in 5 s`);
      setTimeout(() => !stopping && startWorker(), 5_000);
    });
  };
  if (runWorker) startWorker();

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    if (worker && worker.exitCode === null) {
      // Let it finish the job in hand before the embedded database goes away.
      const exited = new Promise((resolve) => worker!.once("exit", resolve));
      worker.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await database.embedded?.stop().catch(() => {});
    process.exit(code);
  };
  server.on("exit", (code) => void stop(code ?? 0));
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}

main().catch((error) => {
  if (error instanceof EmbeddedPostgresError) fail(error.message);
  fail((error as Error).message ?? String(error));
});
