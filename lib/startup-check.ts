// Imported once at server start (instrumentation.ts, Node.js runtime only): a
// misconfigured server refuses to start with one line saying what is wrong,
// instead of failing on every request.
import { parseEnv } from "./env-schema";

try {
  parseEnv(process.env);
} catch (error) {
  console.error(`refusal-desk: ${(error as Error).message}`);
  process.exit(1);
}
