// Vitest runs against the real PostgreSQL database prepared by scripts/test.ts.
if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set: run the tests with `npm test` (it starts PostgreSQL).");
}
