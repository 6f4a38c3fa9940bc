import "server-only";
import { parseEnv, type Env } from "./env-schema";

export type { Env };

// The one place that reads process.env for the app.
let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
