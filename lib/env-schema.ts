import { z } from "zod";

// What the server needs from its environment, checked once at start-up
// (instrumentation.ts) and on first use (lib/env.ts).
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\/[^\s/]+\/[^\s]+$/, "DATABASE_URL must look like postgresql://user:password@host:5432/database"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url("NEXTAUTH_URL must be a URL").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Dashboard aggregates running at once per app process (lib/dashboard/aggregate.ts):
  // about the database server's CPU count; the rest of the pool stays free for everyone else.
  DB_AGGREGATE_MAX: z.coerce.number().int().min(1).max(100).default(2),
  // Also how long a query waits for a pooled connection (pg uses one timeout for both):
  // a request waits for one while others hold the pool (the HR dashboard's aggregates are capped by DB_AGGREGATE_MAX).
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  /** How long an interactive transaction may wait for a pooled connection. */
  DB_TX_MAX_WAIT_MS: z.coerce.number().int().min(100).default(10000),
  // Hot statements prepared once per connection (lib/db/prepared.ts). "false" behind a
  // connection pooler in transaction mode that does not track them (PgBouncer before 1.21).
  DB_PREPARED_STATEMENTS: z
    .enum(["true", "false"], "DB_PREPARED_STATEMENTS must be true or false")
    .default("true")
    .transform((value) => value === "true"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(60),
  // Mail (lib/mail): SMTP_URL, or SMTP_HOST with its port and credentials.
  // With neither, mails are written to the server log instead of being sent.
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(["true", "false"], "SMTP_SECURE must be true or false").default("false").transform((value) => value === "true"),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.string().min(3).default("Rejestr Odmów <no-reply@localhost>"),
  /** Base of the links in mails; NEXTAUTH_URL when unset. */
  APP_URL: z.string().url("APP_URL must be a URL").optional(),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  // Sign-in throttling: failed attempts allowed per account and per client IP
  // within the window, after which sign-in is refused until the window ends.
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  // Proxies in front of the app that append to X-Forwarded-For; the client IP
  // is taken that many entries from the right (1: one load balancer, or none).
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(1).max(10).default(1),
  // Single sign-on with OpenID Connect: on when issuer, client id and secret are set.
  OIDC_ISSUER: z.string().url("OIDC_ISSUER must be a URL").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(60).optional(),
  /** Claim whose value (employee, supervisor, hr, admin) sets the role on every SSO sign-in. */
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_DEFAULT_ROLE: z.enum(["EMPLOYEE", "SUPERVISOR", "HR", "ADMIN"], "OIDC_DEFAULT_ROLE must be EMPLOYEE, SUPERVISOR, HR or ADMIN").default("EMPLOYEE"),
  /** Create an account on first SSO sign-in for an unknown e-mail. */
  OIDC_ALLOW_SIGNUP: z
    .enum(["true", "false", "1", "0"], "OIDC_ALLOW_SIGNUP must be true or false")
    .default("false")
    .transform((value) => value === "true" || value === "1"),
  /**
   * Take the provider's e-mail addresses as verified when it sends no
   * `email_verified` claim (some never do): only for a provider whose
   * addresses the company itself assigns.
   */
  OIDC_TRUST_EMAIL: z
    .enum(["true", "false", "1", "0"], "OIDC_TRUST_EMAIL must be true or false")
    .default("false")
    .transform((value) => value === "true" || value === "1"),
});

export type Env = z.infer<typeof schema>;

/** Parses the environment or throws one line saying what is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Configuration error: ${issue.path.join(".")}: ${issue.message}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    throw new Error("Configuration error: NEXTAUTH_SECRET must be set in production");
  }
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (oidc !== 0 && oidc !== 3) {
    throw new Error("Configuration error: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together");
  }
  return env;
}
