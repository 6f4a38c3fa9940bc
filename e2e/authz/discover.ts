// Everything a request can reach, found from the code: pages and route
// handlers by scanning app/, Server Actions from the build's manifest (the
// ids the browser posts), cross-checked against the "use server" files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { CHECK_BUILD_DIR } from "../../scripts/next-server.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((entry) => {
    const relative = path.join(dir, entry);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return filesUnder(relative, name);
    return name.test(entry) ? [relative] : [];
  });
}

/** "app/(app)/reports/[number]/page.tsx" → "/reports/[number]" (route groups dropped). */
function routeOf(file: string): string {
  const segments = path.dirname(file).split(path.sep).slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

export const discoveredPages = () => filesUnder("app", /^page\.tsx$/).map(routeOf).sort();

export function discoveredRoutes(): string[] {
  return filesUnder("app", /^route\.ts$/)
    .flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      const methods = [...text.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
      const reexported = /export\s*\{([^}]*)\}/.exec(text)?.[1].match(/\b(GET|POST|PUT|PATCH|DELETE)\b/g) ?? [];
      return [...new Set([...methods, ...reexported])].map((method) => `${method} ${routeOf(file)}`);
    })
    .sort();
}

export interface DiscoveredAction {
  id: string;
  /** "lib/reports/actions.ts#withdrawReportAction" */
  key: string;
  /** A page whose worker holds the action (where the browser would post it). */
  worker: string;
}

export function discoveredActions(): DiscoveredAction[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? CHECK_BUILD_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({
      id,
      key: `${entry.filename}#${entry.exportedName}`,
      worker: routeOf(`${Object.keys(entry.workers)[0]}.tsx`),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** Every export of every "use server" file, to check the build saw them all. */
export function declaredActions(): string[] {
  return [...filesUnder("lib", /\.tsx?$/), ...filesUnder("app", /\.tsx?$/)]
    .filter((file) => !file.endsWith(".test.ts"))
    .flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), "utf8");
      if (!/^\s*["']use server["']/.test(text)) return [];
      return [...text.matchAll(/^export\s+const\s+(\w+)/gm)].map((m) => `${file}#${m[1]}`);
    })
    .sort();
}
