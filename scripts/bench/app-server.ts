// The production build under test: `next build` when the sources are newer
// than the build, `next start` against the bench database, the pid of the
// process that actually listens (next start may fork a worker) and its RSS.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../lib/db/connection.ts";
import { CHECK_BUILD_DIR, checkBuildEnv, nextServerEnv } from "../next-server.ts";

const NEXT = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");
const BUILD_ID = path.join(PROJECT_ROOT, CHECK_BUILD_DIR, "BUILD_ID");
const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "tsconfig.json",
  "tsconfig.check.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Builds (into CHECK_BUILD_DIR) unless it holds a build newer than every source file. */
export function ensureBuild(env: NodeJS.ProcessEnv, log: (line: string) => void, force = false): void {
  const built = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((entry) => newestMtime(path.join(PROJECT_ROOT, entry))));
  if (!force && built > sources) {
    log(`Using the existing production build (${CHECK_BUILD_DIR} is newer than the sources).`);
    return;
  }
  log("Building the app (next build)…");
  const build = spawnSync(NEXT, ["build"], { cwd: PROJECT_ROOT, env: checkBuildEnv(env), stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) throw new Error("next build failed");
}

export interface AppServer {
  url: string;
  /** Where the server's stdout and stderr go (errors behind a 500 are there). */
  logFile: string;
  /** The process listening on the port (next start's own, or its forked server). */
  pid: number;
  stop: () => Promise<void>;
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== "0A") continue; // 0A = LISTEN
      if (parseInt(cols[1].split(":")[1], 16) === port) inodes.add(cols[9]);
    }
  }
  return inodes;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
  return all;
}

/** The pid, among `root` and its descendants, that holds the listening socket of `port`. */
export function listeningPid(root: number, port: number): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const pid of descendants(root)) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        const match = /^socket:\[(\d+)\]$/.exec(target);
        if (match && inodes.has(match[1])) return pid;
      }
    } catch {
      // not ours to read, or gone
    }
  }
  return null;
}

export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak in kB. */
export function sampleRss(pid: number, everyMs = 100) {
  let peak = rssKb(pid);
  let samples = 1;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssKb(pid));
      samples++;
    } catch {
      // process gone: the caller sees the request fail
    }
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      try {
        peak = Math.max(peak, rssKb(pid));
      } catch {
        // gone
      }
      return { peakKb: peak, samples };
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

export async function startApp(options: { port: number; env: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<AppServer> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(NEXT, ["start", "-p", String(options.port)], {
    cwd: PROJECT_ROOT,
    env: nextServerEnv(checkBuildEnv({ ...options.env, NEXTAUTH_URL: url, PORT: String(options.port) })),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const logFile = path.join(os.tmpdir(), `refusal-desk-bench-next-${options.port}.log`);
  const logStream = createWriteStream(logFile);
  const output: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk) => {
      output.push(String(chunk));
      logStream.write(chunk);
    });
  }
  child.once("exit", () => logStream.end());
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The whole process group: next start and any server it forked.
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(url, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.join("").slice(-2000)}`);
  }
  const pid = listeningPid(child.pid!, options.port) ?? child.pid!;
  options.log(`next start on ${url} (spawned pid ${child.pid}, listening pid ${pid}; log ${logFile})`);
  return { url, logFile, pid, stop };
}
