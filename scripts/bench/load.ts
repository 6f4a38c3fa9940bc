// Load generation: autocannon for the app, a small closed-loop driver with the
// same concurrency and duration for the pg baselines. Both record every
// latency so that p50/p95/p99 are exact (autocannon's summary has no p95).
import http from "node:http";
import autocannon from "autocannon";
import type pg from "pg";

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first unexpected status or error, to say why a run failed. */
  firstError?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function summarise(latencies: number[], errors: number, seconds: number, firstError?: string): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    firstError,
  };
}

export interface HttpLoad {
  url: string;
  method?: "GET" | "POST";
  /** One cookie header per simulated person; connections take them in turn. */
  cookies: string[];
  connections: number;
  seconds: number;
  /** This many requests instead of `seconds` of them, however long they take. */
  requests?: number;
  /** For POSTs: a fresh body for every request (idempotency keys must differ), given the connection's cookie. */
  body?: (cookie: string) => string;
  contentType?: string;
  expectStatus?: number;
}

/** Runs autocannon; only responses with the expected status count as successes. */
export async function httpLoad(options: HttpLoad): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let nextCookie = 0;
  const expected = options.expectStatus ?? 200;
  const started = performance.now();
  let finish!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.requests ? { amount: options.requests } : { duration: options.seconds }),
    timeout: 30,
    headers: options.contentType ? { "content-type": options.contentType } : {},
    setupClient: (client) => {
      const cookie = options.cookies[nextCookie++ % options.cookies.length];
      client.setHeaders({ cookie, ...(options.contentType ? { "content-type": options.contentType } : {}) });
    },
    requests: [
      {
        method: options.method ?? "GET",
        ...(options.body
          ? {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                body: options.body!(String((request.headers as Record<string, string>).cookie)),
              }),
            }
          : {}),
      },
    ],
  }, (error) => finish(error));
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === expected) latencies.push(responseTime);
    else {
      errors++;
      firstError ??= `HTTP ${statusCode}`;
    }
  });
  instance.on("reqError", (error) => {
    errors++;
    firstError ??= String(error);
  });
  await done;
  return summarise(latencies, errors, (performance.now() - started) / 1000, firstError);
}

/** `connections` workers call `task` back to back for `seconds`; a throw counts as an error. */
export async function closedLoop(connections: number, seconds: number, task: (worker: number) => Promise<void>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await task(worker);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  return summarise(latencies, errors, (performance.now() - started) / 1000, firstError);
}

/** A few requests before measuring: JIT, route modules and pool connections warm, as in a running server. */
/**
 * One page read as it streams (uncompressed): milliseconds to its first byte,
 * to the first appearance of `marker` in the HTML, and to its end.
 */
export async function streamedPage(url: string, cookie: string, marker: string): Promise<{ firstByte: number; marker: number; end: number }> {
  const started = performance.now();
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get(url, { headers: { cookie, "accept-encoding": "identity" } }, resolve).on("error", reject);
  });
  let firstByte = Number.NaN;
  let seenAt = Number.NaN;
  let tail = "";
  for await (const chunk of response as AsyncIterable<Buffer>) {
    const at = performance.now() - started;
    if (Number.isNaN(firstByte)) firstByte = at;
    // The marker may straddle two chunks: keep the end of the previous one.
    const text = tail + chunk.toString("utf8");
    if (Number.isNaN(seenAt) && text.includes(marker)) seenAt = at;
    tail = text.slice(-marker.length);
  }
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  return { firstByte, marker: seenAt, end: performance.now() - started };
}

export async function warmUp(url: string, cookie: string, times = 3, init: RequestInit = {}): Promise<void> {
  for (let i = 0; i < times; i++) {
    const response = await fetch(url, { ...init, headers: { ...init.headers, cookie }, redirect: "manual" });
    await response.arrayBuffer();
  }
}

/**
 * Waits until the database has no other busy session (requests a load run left
 * in flight finish after it stops counting), so the next run starts on an idle server.
 */
export async function waitForQuiet(pool: pg.Pool, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await pool.query<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`,
    );
    if (rows[0].busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
