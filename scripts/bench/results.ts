// The benchmark's output: one row per figure (app, database baseline in the
// same run, ratio, target, pass), printed as a table and written as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Measure {
  /** The headline number of this side (what the ratio is computed from). */
  value: number;
  unit: string;
  /** Secondary numbers: latency percentiles, RSS, request counts. */
  details?: Record<string, number | string>;
}

export interface Figure {
  id: string;
  title: string;
  status: "ok" | "n/a";
  /** Why a figure is n/a (feature missing, failed run). */
  reason?: string;
  app: Measure | null;
  baseline: Measure | null;
  /** app / baseline, oriented so that the target reads naturally (see `ratioMeaning`). */
  ratio: number | null;
  ratioMeaning?: string;
  target: string;
  pass: boolean | null;
}

export interface BenchResults {
  date: string;
  mode: "full" | "quick";
  reports: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string; node: string; postgres: string };
  figures: Figure[];
}

export const FIGURE_IDS = ["P1", "P2a", "P2b", "P3", "P4", "P5"] as const;

export function notAvailable(id: string, title: string, target: string, reason: string): Figure {
  return { id, title, status: "n/a", reason, app: null, baseline: null, ratio: null, target, pass: null };
}

export function machine(postgres: string): BenchResults["machine"] {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    postgres,
  };
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value).toLocaleString("en") : Number(value.toPrecision(3)).toString());

function describe(measure: Measure | null): string {
  if (!measure) return "—";
  const extra = Object.entries(measure.details ?? {})
    .filter(([key]) => ["p50", "p95", "p99", "rssGrowthMb", "gzipRowsPerSecond", "totalsP50", "monthP95", "healthRoutePerSecond"].includes(key))
    .map(([key, value]) => `${key} ${typeof value === "number" ? round(value) : value}`);
  return `${round(measure.value)} ${measure.unit}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}

export function tableRows(results: BenchResults): string[][] {
  return results.figures.map((figure) => [
    figure.id,
    figure.title,
    figure.status === "ok" ? describe(figure.app) : `n/a (${figure.reason})`,
    figure.status === "ok" ? describe(figure.baseline) : "—",
    figure.ratio === null ? "—" : `${round(figure.ratio)}${figure.ratioMeaning ? ` ${figure.ratioMeaning}` : ""}`,
    figure.target,
    figure.pass === null ? "—" : figure.pass ? "pass" : "FAIL",
  ]);
}

/** A GitHub-flavoured Markdown table: readable in a terminal and pasteable into the README. */
export function formatTable(results: BenchResults): string {
  const header = ["id", "figure", "app", "database baseline", "ratio", "target", "result"];
  const rows = [header, ...tableRows(results)];
  const widths = header.map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

export function writeResults(results: BenchResults, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** Checks a parsed results file has every figure and the expected fields; returns the problems. */
export function validateResults(value: unknown): string[] {
  const problems: string[] = [];
  const results = value as Partial<BenchResults> | null;
  if (!results || typeof results !== "object") return ["not an object"];
  if (typeof results.date !== "string" || Number.isNaN(Date.parse(results.date))) problems.push("date");
  if (typeof results.machine?.cpus !== "number" || results.machine.cpus < 1) problems.push("machine.cpus");
  if (typeof results.reports !== "number") problems.push("reports");
  const figures = Array.isArray(results.figures) ? results.figures : [];
  for (const id of FIGURE_IDS) {
    const figure = figures.find((f) => f.id === id);
    if (!figure) {
      problems.push(`${id}: missing`);
      continue;
    }
    if (figure.status === "n/a") {
      if (!figure.reason) problems.push(`${id}: n/a without a reason`);
      continue;
    }
    for (const side of ["app", "baseline"] as const) {
      const measure = figure[side];
      if (!measure || typeof measure.value !== "number" || !Number.isFinite(measure.value) || !measure.unit) {
        problems.push(`${id}: ${side} value`);
      }
    }
    if (typeof figure.ratio !== "number" || !Number.isFinite(figure.ratio)) problems.push(`${id}: ratio`);
    if (typeof figure.pass !== "boolean") problems.push(`${id}: pass`);
  }
  return problems;
}

/**
 * What `npm test` asks of a quick run: a valid file in which every figure was
 * measured, or is n/a only because its feature is not built yet. Never timing.
 */
export function quickRunProblems(value: unknown): string[] {
  const problems = validateResults(value);
  for (const figure of (value as BenchResults).figures ?? []) {
    if (figure.status === "n/a" && !figure.reason?.startsWith("feature missing")) problems.push(`${figure.id}: ${figure.reason}`);
  }
  return problems;
}
