// A private world for fault tests: its own embedded PostgreSQL (which the test
// may stop and start) and its own `next start` (which the test may kill -9),
// so the shared e2e server and database are never disturbed.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "../../lib/db/embedded.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";

export const SECRET = "durability-secret-durability-secret-0123";

export class World {
  pg: EmbeddedPostgresHandle | null = null;
  server: ChildProcess | null = null;
  serverLog = "";
  readonly dataDir = path.join(os.tmpdir(), `refusal-desk-durability-${process.pid}-${randomUUID().slice(0, 6)}`);

  constructor(
    readonly pgPort: number,
    readonly httpPort: number,
  ) {}

  get url() {
    return `postgresql://refusal_desk:refusal_desk@127.0.0.1:${this.pgPort}/durability`;
  }
  get base() {
    return `http://localhost:${this.httpPort}`;
  }

  async startDatabase() {
    this.pg = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.pgPort });
  }

  async stopDatabase() {
    await this.pg?.stop();
    this.pg = null;
  }

  /** Migrations, one location and `count` employees with server-side sessions; returns their cookies. */
  async prepare(count: number): Promise<{ locationId: string; cookies: string[] }> {
    await this.pg!.createDatabase("durability");
    await applyMigrations(this.url);
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      const locationId = randomUUID();
      await client.query(`insert into "Location" (id, code, name) values ($1, 'DUR-01', 'Durability')`, [locationId]);
      const cookies: string[] = [];
      for (let i = 0; i < count; i++) {
        const userId = randomUUID();
        const sessionId = randomUUID();
        await client.query(
          `insert into "User" (id, email, name, role, "updatedAt") values ($1, $2, $3, 'EMPLOYEE', now())`,
          [userId, `durability-${i}@test.example`, `Durability ${i}`],
        );
        await client.query(`insert into "UserLocation" ("userId", "locationId") values ($1, $2)`, [userId, locationId]);
        await client.query(`insert into "AuthSession" (id, "userId") values ($1, $2)`, [sessionId, userId]);
        const token = await encode({ token: { sid: sessionId, uid: userId }, secret: SECRET, maxAge: 3_600 });
        cookies.push(`next-auth.session-token=${token}`);
      }
      return { locationId, cookies };
    } finally {
      await client.end();
    }
  }

  async startServer() {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: this.url,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: this.base,
      PORT: String(this.httpPort),
      DB_CONNECT_TIMEOUT_MS: "3000",
      DB_POOL_MAX: "20",
    };
    // Its own process group, so kill -9 reaches every process `next start` runs.
    const child = spawn("node_modules/.bin/next", ["start", "-p", String(this.httpPort)], { env, detached: true });
    child.stdout!.on("data", (chunk) => (this.serverLog += chunk));
    child.stderr!.on("data", (chunk) => (this.serverLog += chunk));
    this.server = child;
    for (let attempt = 0; attempt < 240; attempt++) {
      try {
        const response = await fetch(`${this.base}/api/health`);
        await response.arrayBuffer();
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`server on ${this.httpPort} did not become healthy:\n${this.serverLog.slice(-2000)}`);
  }

  killServer() {
    if (this.server?.pid) {
      try {
        process.kill(-this.server.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    this.server = null;
  }

  async query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  async dispose() {
    this.killServer();
    await this.stopDatabase().catch(() => {});
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface LoadFigures {
  sent: number;
  acknowledged: number;
  attempts: number;
  failedAttempts: number;
  statuses: Record<string, number>;
  /** Requests with no answer within the client's timeout (a hang). */
  hung: number;
}

/**
 * `clients` concurrent clients, each filing `perClient` reports one after
 * another with its own idempotency keys, retrying every report until it is
 * acknowledged (2xx). `onAck` sees the running count (to inject a fault).
 */
export async function runLoad(options: {
  base: string;
  cookies: string[];
  locationId: string;
  clients: number;
  perClient: number;
  marker: string;
  onAck?: (acknowledged: number) => void;
}): Promise<{ figures: LoadFigures; keys: Map<string, string> }> {
  const figures: LoadFigures = { sent: 0, acknowledged: 0, attempts: 0, failedAttempts: 0, statuses: {}, hung: 0 };
  const keys = new Map<string, string>(); // idempotency key → acknowledged report number
  const client = async (index: number) => {
    const cookie = options.cookies[index % options.cookies.length];
    for (let n = 0; n < options.perClient; n++) {
      const key = randomUUID();
      figures.sent += 1;
      const body = JSON.stringify({
        idempotencyKey: key,
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        locationId: options.locationId,
        category: "UNLAWFUL_REQUEST",
        aggressionKinds: [],
        narrative: `${options.marker} client ${index} report ${n}: klient żądał sprzedaży bez dokumentu.`,
        customerRequest: "Sprzedaż bez dokumentu.",
        reasonsExplained: true,
        alternativeOffered: false,
        securityCalled: false,
        policeCalled: false,
        injury: false,
        damage: false,
        riskBadReview: false,
        riskLostCustomer: false,
        legalRisk: "NONE",
      });
      for (let attempt = 0; ; attempt++) {
        figures.attempts += 1;
        let status = "network";
        try {
          const response = await fetch(`${options.base}/api/reports`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: options.base, cookie },
            body,
            signal: AbortSignal.timeout(30_000),
          });
          status = String(response.status);
          const answer = (await response.json().catch(() => ({}))) as { number?: string };
          if (response.ok && answer.number) {
            keys.set(key, answer.number);
            figures.acknowledged += 1;
            options.onAck?.(figures.acknowledged);
            break;
          }
          // A 2xx whose body was cut off by the kill is not an acknowledgement: retry it
          // (the idempotency key makes that safe). Only a 4xx is a refusal.
          if (response.ok) status = "cut";
          else if (response.status < 500) throw new Error(`client ${index}: refused with ${response.status}`);
        } catch (error) {
          if ((error as Error).name === "TimeoutError") {
            figures.hung += 1;
            status = "timeout";
          } else if ((error as Error).message.startsWith(`client ${index}`)) {
            throw error;
          }
        }
        figures.failedAttempts += 1;
        figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** Math.min(attempt, 4))));
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  return { figures, keys };
}

/** Reports in the database for this run's marker, checked against the acknowledged keys. */
export async function audit(world: World, marker: string, keys: Map<string, string>) {
  const rows = await world.query<{ id: string; idempotencyKey: string }>(
    `select number as id, "idempotencyKey" from "RefusalReport" where narrative like $1`,
    [`${marker} %`],
  );
  const byKey = new Map<string, number>();
  for (const row of rows) byKey.set(row.idempotencyKey, (byKey.get(row.idempotencyKey) ?? 0) + 1);
  const ids = new Set(rows.map((r) => r.id));
  const acknowledged = [...keys.entries()];
  return {
    acknowledged: acknowledged.length,
    found: acknowledged.filter(([key, id]) => byKey.get(key) === 1 && ids.has(id)).length,
    duplicated: [...byKey.values()].filter((count) => count > 1).length,
    unknown: rows.filter((row) => !keys.has(row.idempotencyKey)).length,
    rows: rows.length,
  };
}
