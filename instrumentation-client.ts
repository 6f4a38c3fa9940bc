// Runs in the browser before the app's code. zod compiles object parsers with
// `new Function` when it can, and probes for that when the first schema is
// built; under our CSP (no 'unsafe-eval') the probe is blocked and reported
// as a violation even though zod copes. Forms share zod schemas with the
// server, so switch the compiler off before any schema exists. Only zod's
// config function is imported here: this file is in every page's first-load
// JS, and the library itself loads with the forms that use it.
import { config } from "zod/v4/core";

config({ jitless: true });
