// npm test: the whole suite against a real PostgreSQL. Starts an embedded
// server in a temporary directory (or uses DATABASE_URL's server), prepares a
// database for Vitest and a seeded one for Playwright, runs Vitest, builds the
// app and runs Playwright against `next start`. Exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../lib/db/embedded.ts";
import { PROJECT_ROOT, recreateDatabase, validateDatabaseUrl, withDatabase } from "../lib/db/connection.ts";
import { applyMigrations } from "../lib/db/migrations.ts";
import { createPrismaClient } from "../lib/db/prisma-node.ts";
import { CHECK_BUILD_DIR, checkBuildEnv } from "./next-server.ts";
import { seedDemo } from "../prisma/seed/demo.ts";
import { quickRunProblems } from "./bench/results.ts";

// `npm test` runs everything; `npm run test:unit -- <filter>`,
// `npm run test:e2e -- <spec>` and `npm run test:bench` run one part, passing
// the rest to the runner.
const only = process.argv[2] as "unit" | "e2e" | "bench" | undefined;
const runnerArgs = process.argv.slice(3);
const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules", ".bin", name);

async function main(): Promise<number> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let adminUrl: string;
  const tmp = path.join(os.tmpdir(), `refusal-desk-test-${process.pid}`);
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(validateDatabaseUrl(process.env.DATABASE_URL), "postgres");
  } else {
    const port = 55000 + (process.pid % 1000);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port });
    adminUrl = embedded.url("postgres");
  }
  try {
    const unitUrl = withDatabase(adminUrl, "refusal_desk_unit");
    const e2eUrl = withDatabase(adminUrl, "refusal_desk_e2e");
    const baseEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      TEST_ADMIN_DATABASE_URL: adminUrl,
      NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123",
    };
    let failed = false;

    if (only === undefined || only === "unit") {
      await recreateDatabase(adminUrl, "refusal_desk_unit");
      await applyMigrations(unitUrl);
      const unit = spawnSync(bin("vitest"), ["run", ...runnerArgs], {
        cwd: PROJECT_ROOT,
        stdio: "inherit",
        env: { ...baseEnv, DATABASE_URL: unitUrl, NODE_ENV: "test" },
      });
      failed ||= unit.status !== 0;
    }

    if (only === undefined || only === "e2e") {
      await recreateDatabase(adminUrl, "refusal_desk_e2e");
      await applyMigrations(e2eUrl);
      const prisma = createPrismaClient(e2eUrl);
      await seedDemo(prisma);
      await prisma.$disconnect();
      const e2eEnv = checkBuildEnv({ ...baseEnv, DATABASE_URL: e2eUrl, E2E_DATABASE_URL: e2eUrl, NODE_ENV: "production" as const });
      // E2E_SKIP_BUILD=1 reuses the last build (re-running specs after a test-only change).
      if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(path.join(PROJECT_ROOT, CHECK_BUILD_DIR, "BUILD_ID"))) {
        const build = spawnSync(bin("next"), ["build"], { cwd: PROJECT_ROOT, stdio: "inherit", env: e2eEnv });
        if (build.status !== 0) return 1;
      }
      const e2e = spawnSync(bin("playwright"), ["test", ...runnerArgs], { cwd: PROJECT_ROOT, stdio: "inherit", env: e2eEnv });
      failed ||= e2e.status !== 0;
    }

    // A small run of every benchmark (its own database on this server, the
    // e2e build when there is one): checks each figure is produced and the
    // results file is valid, never a timing.
    if (only === undefined || only === "bench") {
      const out = path.join(tmp, "bench-quick.json");
      const port = process.env.E2E_PORT ?? "3100";
      const bench = spawnSync(
        bin("tsx"),
        ["scripts/bench/run.ts", "--quick", "--database-url", adminUrl, "--port", port, "--out", out, ...(only === "bench" ? runnerArgs : [])],
        { cwd: PROJECT_ROOT, stdio: "inherit", env: baseEnv },
      );
      const problems = bench.status === 0 ? quickRunProblems(JSON.parse(readFileSync(out, "utf8"))) : [`exit code ${bench.status}`];
      for (const problem of problems) console.error(`bench --quick: ${problem}`);
      if (problems.length === 0) console.log("bench --quick: every figure produced, results file valid");
      failed ||= problems.length > 0;
    }
    return failed ? 1 : 0;
  } finally {
    await embedded?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`refusal-desk test: ${(error as Error).message}`);
    process.exit(1);
  },
);
