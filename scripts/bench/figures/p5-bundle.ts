// P5: first-load JS of /reports/new, gzip, from the build output.
//
// Method: the page is fetched from `next start` as a signed-in employee and
// every <script src="/_next/static/…"> in its HTML (exactly what a browser
// downloads on first load, whatever the bundler named them) is read from
// .next/static and gzipped (level 9, like a CDN). `nomodule` polyfills are left
// out (modern browsers skip them). The baseline is a blank Next.js page: the
// build manifest's rootMainFiles, i.e. the React and Next.js runtime chunks
// that every App Router page loads before any code of its own.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PROJECT_ROOT } from "../../../lib/db/connection.ts";
import type { BenchContext } from "../context.ts";
import { notAvailable, type Figure } from "../results.ts";
import { signIn } from "../../../test/http-session.ts";
import { BENCH_PASSWORD, employeeEmail } from "../seed-rows.ts";
import { CHECK_BUILD_DIR } from "../../next-server.ts";

const TITLE = "first-load JS of /reports/new (gzip)";
const TARGET = "< 150 kB";
const NEXT_DIR = path.join(PROJECT_ROOT, CHECK_BUILD_DIR);

function gzipKb(files: string[]): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(NEXT_DIR, file)), { level: 9 }).length;
  return bytes / 1024;
}

/** Script files a page's HTML makes the browser load (paths relative to .next/). */
export function scriptsOf(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1];
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    const file = src && /\/_next\/(static\/[^"?#]+\.js)/.exec(src)?.[1];
    if (file) files.add(decodeURIComponent(file));
  }
  return [...files];
}

export async function runP5(ctx: BenchContext): Promise<Figure> {
  if (!existsSync(path.join(PROJECT_ROOT, "app/(app)/reports/new/page.tsx"))) {
    return notAvailable("P5", TITLE, TARGET, "feature missing: /reports/new");
  }
  const cookie = await signIn(ctx.app.url, employeeEmail(0), BENCH_PASSWORD);
  const response = await fetch(`${ctx.app.url}/reports/new`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) return notAvailable("P5", TITLE, TARGET, `/reports/new answered ${response.status}`);
  const scripts = scriptsOf(await response.text());
  const manifest = JSON.parse(readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const blank = manifest.rootMainFiles.filter((file) => file.endsWith(".js"));
  const appKb = gzipKb(scripts);
  const blankKb = gzipKb(blank);
  ctx.log(`  P5: ${scripts.length} scripts, ${appKb.toFixed(1)} kB gzip; blank page ${blank.length} scripts, ${blankKb.toFixed(1)} kB`);
  return {
    id: "P5",
    title: TITLE,
    status: "ok",
    app: { value: appKb, unit: "kB", details: { scripts: scripts.length, ownKb: appKb - blankKb } },
    baseline: { value: blankKb, unit: "kB", details: { scripts: blank.length, method: "rootMainFiles of the build manifest" } },
    ratio: appKb / blankKb,
    ratioMeaning: "× blank",
    target: TARGET,
    pass: appKb < 150,
  };
}
