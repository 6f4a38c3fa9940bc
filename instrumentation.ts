// Runs once when the Next.js server starts: a misconfigured server refuses to
// start with one line saying what is wrong, instead of failing per request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseEnv } = await import("./lib/env-schema");
  try {
    parseEnv(process.env);
  } catch (error) {
    console.error(`refusal-desk: ${(error as Error).message}`);
    process.exit(1);
  }
}
