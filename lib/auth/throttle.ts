import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Sign-in throttling stored in PostgreSQL (table rate_limits, created by a
// migration), so the counters hold across app instances and restarts.
// Failures count per account (the e-mail, known or not: an unknown address
// must behave like a known one) and per client IP.

const TABLE = "rate_limits";

export interface ThrottleLimits {
  perAccount: number;
  perIp: number;
  windowSeconds: number;
}

type Limiters = { account: RateLimiterPostgres; ip: RateLimiterPostgres; limits: ThrottleLimits };

const globalForThrottle = globalThis as unknown as { throttlePool?: pg.Pool; throttleLimiters?: Map<string, Limiters> };

/** A small pool of its own: the library speaks to node-postgres, not to Prisma. */
function pool(): pg.Pool {
  if (!globalForThrottle.throttlePool) {
    const config = env();
    globalForThrottle.throttlePool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: 3,
      connectionTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
    });
  }
  return globalForThrottle.throttlePool;
}

export function configuredLimits(): ThrottleLimits {
  const config = env();
  return {
    perAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perIp: config.LOGIN_MAX_FAILURES_PER_IP,
    windowSeconds: Math.round(config.LOGIN_LOCK_MINUTES * 60),
  };
}

function limiters(limits: ThrottleLimits): Limiters {
  const cacheKey = `${limits.perAccount}/${limits.perIp}/${limits.windowSeconds}`;
  globalForThrottle.throttleLimiters ??= new Map();
  let found = globalForThrottle.throttleLimiters.get(cacheKey);
  if (!found) {
    const common = { storeClient: pool(), storeType: "pool", tableName: TABLE, tableCreated: true, duration: limits.windowSeconds };
    found = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: "signin_account", points: limits.perAccount }),
      ip: new RateLimiterPostgres({ ...common, keyPrefix: "signin_ip", points: limits.perIp }),
      limits,
    };
    globalForThrottle.throttleLimiters.set(cacheKey, found);
  }
  return found;
}

export class ThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("throttled");
    this.name = "ThrottledError";
  }
}

export interface SignInThrottle {
  /**
   * Counts this attempt against the account and the IP before the password is
   * checked, and throws ThrottledError when either has used up its failures.
   * Counting first is what makes the limit hold for attempts sent at once:
   * a check-then-count let all of them read "below the limit" during the
   * ~150 ms each password check takes.
   */
  reserveAttempt(): Promise<void>;
  /** The password was right: the account's failures are forgotten and the IP's attempt is given back. */
  recordSuccess(): Promise<void>;
}

export function signInThrottle(email: string, ip: string, limits = configuredLimits()): SignInThrottle {
  const { account, ip: byIp } = limiters(limits);
  const accountKey = email.toLowerCase();
  return {
    async reserveAttempt() {
      // consume() is one atomic upsert per key; it rejects with a
      // RateLimiterRes once the points are used up: the "locked" answer.
      const results = await Promise.allSettled([account.consume(accountKey), byIp.consume(ip)]);
      const waits = results.map((result) => (result.status === "fulfilled" ? 0 : msBeforeNext(result.reason)));
      const wait = Math.max(...waits);
      if (wait > 0) {
        // A refused attempt checks no password, so it is no failure: neither
        // limit keeps it. Otherwise someone pressing "sign in" on a locked
        // account would use up their office address's attempts too.
        await Promise.all([account.reward(accountKey, 1), byIp.reward(ip, 1)]);
        throw new ThrottledError(Math.ceil(wait / 1000));
      }
    },
    async recordSuccess() {
      // An office behind one address signs in all day: only failures count against it.
      await Promise.all([account.delete(accountKey), byIp.reward(ip, 1)]);
    },
  };
}

function msBeforeNext(error: unknown): number {
  if (!(error instanceof RateLimiterRes)) throw error;
  return Math.max(1, error.msBeforeNext);
}

/**
 * The client address from X-Forwarded-For, counted from the right past the
 * trusted proxies (entries further left are whatever the client sent).
 */
export function clientIp(forwardedFor: string | null | undefined, trustedProxies = env().TRUSTED_PROXY_COUNT): string {
  const hops = (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return hops[Math.max(0, hops.length - trustedProxies)] ?? "unknown";
}
