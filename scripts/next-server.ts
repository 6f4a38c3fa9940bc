// How `next start` is run in production (npm start) and by the bench, so the
// bench measures what a deployment serves.

/**
 * Node.js options for the Next.js server. A young generation of 64 MB per
 * semi-space (V8's default is 16 MB on 64-bit) lets the short-lived objects
 * of each request die in fewer scavenges. At 50 clients filing (benchmark
 * P1, `--trace-gc`, 40 s each): 192 scavenges instead of 598, and ~0.14
 * instead of ~0.31 ms of garbage-collection pause per filing. It costs up to
 * ~100 MB more memory per process. Options already in NODE_OPTIONS stay, and
 * a --max-semi-space-size of their own wins.
 */
export const SERVER_NODE_OPTIONS = ["--max-semi-space-size=64"];

/** Where `npm start` builds and serves from (Next.js's default). */
export const APP_BUILD_DIR = ".next";

/**
 * Where `npm test` and the benchmarks build and serve from: apart from
 * `npm start`'s, so a test run never replaces the files under a running app
 * (whose pages would then ask for scripts that are gone). next.config.js reads
 * it from NEXT_DIST_DIR, at build and at start.
 */
export const CHECK_BUILD_DIR = ".next-check";

/** The environment of a `next build` or `next start` of the checks' build. */
export const checkBuildEnv = <Env extends Record<string, string | undefined>>(env: Env) => ({ ...env, NEXT_DIST_DIR: CHECK_BUILD_DIR });

export function nextServerEnv<Env extends Record<string, string | undefined>>(env: Env): Env & { NODE_OPTIONS: string } {
  const given = env.NODE_OPTIONS?.trim() ?? "";
  const added = SERVER_NODE_OPTIONS.filter((option) => !given.includes(option.split("=")[0]));
  return { ...env, NODE_OPTIONS: [given, ...added].filter(Boolean).join(" ") };
}
