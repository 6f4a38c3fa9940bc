// Runs in the browser before the app's code. zod compiles object parsers with
// `new Function` when it can, and probes for that when the first schema is
// built; under our CSP (no 'unsafe-eval') the probe is blocked and reported
// as a violation even though zod copes. Forms share zod schemas with the
// server, so switch the compiler off before any schema exists. zod/mini sets
// the same global configuration without loading classic zod into every page.
import { config } from "zod/mini";

config({ jitless: true });
