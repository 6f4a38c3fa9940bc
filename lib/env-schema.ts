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
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  /** How long an interactive transaction may wait for a pooled connection. */
  DB_TX_MAX_WAIT_MS: z.coerce.number().int().min(100).default(10000),
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
  return env;
}
