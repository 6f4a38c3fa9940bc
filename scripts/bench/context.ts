// What every figure gets: the running app, the bench database, the people to
// sign in as, and how long to load each endpoint.
import type pg from "pg";
import type { AppServer } from "./app-server.ts";

export interface BenchContext {
  app: AppServer;
  /** The bench database, for the baselines (same server, same data). */
  databaseUrl: string;
  pool: pg.Pool;
  quick: boolean;
  reports: number;
  /** Seconds of load per throughput run (P1) and per latency run (P2, P4). */
  loadSeconds: number;
  latencySeconds: number;
  log: (line: string) => void;
}
