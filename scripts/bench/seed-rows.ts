// The bench company, row by row: 200 locations, 5,000 employees, a supervisor
// per location (each reviewing three neighbouring locations, like an area
// manager), HR and an admin, and N reports spread evenly over three years of
// business hours, with the status mix of a working desk (most decided, a
// recent backlog, a thin tail of forgotten ones).
//
// Every row is a pure function of its index (seeded PRNG), so each table is
// streamed in its own pass without holding a million reports in memory, and
// a decision can name its report's id without reading it back.
import { createHash } from "node:crypto";
import type { ReportCategory, ReportStatus } from "../../lib/generated/prisma/enums.ts";
import {
  CUSTOMER_DESCRIPTIONS,
  RATIONALES,
  REASONS_BY_CATEGORY,
  SCENARIOS,
  WITHDRAW_REASONS,
  WITNESSES,
  inflect,
  type Gender,
  type ReasonCode,
} from "../../prisma/seed/narratives.ts";

export const LOCATIONS = 200;
export const EMPLOYEES = 5_000;
export const SUPERVISED_PER_SUPERVISOR = 3;
export const BENCH_PASSWORD = "bench-refusal-2026";
export const SPAN_DAYS = 3 * 365;

const APPEAL_REASON = "Nie zgadzam się z oceną: opisał{em|am} zdarzenie rzetelnie, a klient naprawdę mi groził.";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const employeeEmail = (j: number) => `employee-${String(j + 1).padStart(4, "0")}@bench.example`;
export const supervisorEmail = (s: number) => `supervisor-${String(s + 1).padStart(3, "0")}@bench.example`;
export const HR_EMAIL = "hr@bench.example";
export const ADMIN_EMAIL = "admin@bench.example";

// The same few dozen texts inflected a million times: remember each result.
// Keyed by the original (constant) string, whose hash V8 keeps.
const inflected = new Map<string, Record<Gender, string>>();
function inflectOnce(text: string, gender: Gender): string {
  let forms = inflected.get(text);
  if (!forms) inflected.set(text, (forms = { m: inflect(text, "m"), f: inflect(text, "f") }));
  return forms[gender];
}

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A stable v4-shaped UUID for a name, so rows can refer to each other. */
export function stableUuid(name: string): string {
  const h = createHash("md5").update(name).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
const ROW_KINDS = { report: 1, idempotencyKey: 2, decision: 3, appeal: 4 } as const;
/**
 * A v4-shaped UUID, random-looking at the front (so keys spread over the index
 * like real ones) and unique by construction at the end (kind and row index):
 * a 32-bit PRNG alone would repeat ids across a million rows.
 */
function rowUuid(rand: () => number, kind: keyof typeof ROW_KINDS, i: number): string {
  const h = hex(rand() * 2 ** 32) + hex(rand() * 2 ** 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${ROW_KINDS[kind]}${h.slice(0, 2)}-${i.toString(16).padStart(12, "0")}`;
}

const LOCATION_IDS = Array.from({ length: LOCATIONS }, (_, l) => stableUuid(`bench-location-${l}`));
const EMPLOYEE_IDS = Array.from({ length: EMPLOYEES }, (_, j) => stableUuid(`bench-employee-${j}`));
const SUPERVISOR_IDS = Array.from({ length: LOCATIONS }, (_, s) => stableUuid(`bench-supervisor-${s}`));
export const locationId = (l: number) => LOCATION_IDS[l];
export const employeeId = (j: number) => EMPLOYEE_IDS[j];
export const supervisorId = (s: number) => SUPERVISOR_IDS[s];
export const HR_ID = stableUuid("bench-hr");
export const ADMIN_ID = stableUuid("bench-admin");
export const locationCode = (l: number) => `B-${String(l + 1).padStart(3, "0")}`;
/** Locations supervisor `s` reviews: its own and the next two. */
export const supervisedBy = (s: number) => Array.from({ length: SUPERVISED_PER_SUPERVISOR }, (_, k) => (s + k) % LOCATIONS);

// Busier shops file more: weight 1/(1 + l/20), so location 0 files ~10x location 199.
const CUMULATIVE = (() => {
  const weights = Array.from({ length: LOCATIONS }, (_, l) => 1 / (1 + l / 20));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();
function pickLocation(u: number): number {
  let lo = 0;
  let hi = LOCATIONS - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const CATEGORY_WEIGHTS: [ReportCategory, number][] = [
  ["AGGRESSIVE_BEHAVIOUR", 0.35],
  ["AGAINST_POLICY", 0.2],
  ["UNLAWFUL_REQUEST", 0.15],
  ["LACK_OF_AUTHORITY", 0.1],
  ["SAFETY_BREACH", 0.08],
  ["LACK_OF_KNOWLEDGE", 0.07],
  ["OTHER", 0.05],
];
function pick<T>(items: readonly T[], u: number): T {
  return items[Math.min(items.length - 1, Math.floor(u * items.length))];
}
/** Picks by weight; whatever the weights leave over goes to `rest`. */
function pickWeighted<T>(items: [T, number][], u: number, rest: T): T {
  for (const [item, weight] of items) if ((u -= weight) < 0) return item;
  return rest;
}

/** Status by age: most decided; recent ones waiting; a thin stale backlog. */
function pickStatus(ageMs: number, u: number): ReportStatus {
  const mix: [ReportStatus, number][] =
    ageMs < 2 * DAY
      ? [["SUBMITTED", 0.7], ["IN_REVIEW", 0.2], ["NEEDS_INFO", 0.05], ["WITHDRAWN", 0.01]]
      : ageMs < 30 * DAY
        ? [["SUBMITTED", 0.1], ["IN_REVIEW", 0.08], ["NEEDS_INFO", 0.04], ["WITHDRAWN", 0.02], ["APPEALED", 0.02], ["NOT_JUSTIFIED", 0.22]]
        : [["SUBMITTED", 0.015], ["IN_REVIEW", 0.003], ["NEEDS_INFO", 0.002], ["WITHDRAWN", 0.02], ["APPEALED", 0.003], ["NOT_JUSTIFIED", 0.27]];
  return pickWeighted(mix, u, "JUSTIFIED");
}

export interface BenchReport {
  index: number;
  id: string;
  number: string;
  idempotencyKey: string;
  reporterId: string;
  reporterGender: Gender;
  locationId: string;
  occurredAt: Date;
  createdAt: Date;
  category: ReportCategory;
  aggressionKinds: string[];
  otherCategoryText: string | null;
  narrative: string;
  customerRequest: string;
  reasonsExplained: boolean;
  reasonsExplanation: string | null;
  alternativeOffered: boolean;
  alternativeDescription: string | null;
  witnesses: string | null;
  securityCalled: boolean;
  policeCalled: boolean;
  injury: boolean;
  damage: boolean;
  injuryDamageDetails: string | null;
  riskBadReview: boolean;
  riskLostCustomer: boolean;
  legalRisk: "NONE" | "LIKELY" | "THREATENED";
  customerDescription: string | null;
  customerDescriptionRedactedAt: Date | null;
  status: ReportStatus;
  version: number;
  assigneeId: string | null;
  claimedAt: Date | null;
  decidedAt: Date | null;
  /** Set for decided and appealed reports. */
  decision: { id: string; outcome: "JUSTIFIED" | "NOT_JUSTIFIED"; reason: ReasonCode; rationale: string; followUp: string[] } | null;
  appeal: { id: string; createdAt: Date; reason: string } | null;
  withdrawReason: string | null;
}

export interface Plan {
  reports: number;
  /** Newest report time; reports span SPAN_DAYS before it. */
  anchor: Date;
  seed: number;
}

/** First report index of each calendar year, for per-year sequential numbers. */
export function yearStarts(plan: Plan): Map<number, number> {
  const starts = new Map<number, number>();
  let previous = -1;
  for (let i = 0; i < plan.reports; i++) {
    const year = createdAtOf(plan, i).getUTCFullYear();
    if (year !== previous) {
      starts.set(year, i);
      previous = year;
    }
  }
  return starts;
}

/**
 * Monotonic in i: evenly over the days, within 07:00–21:00 UTC of each day.
 * The last day is the last whose 21:00 is not after the anchor: seeded in the
 * morning, the bench had most of the day's reports in the future.
 */
export function createdAtOf(plan: Plan, i: number): Date {
  const lastDay = Math.floor((plan.anchor.getTime() - 21 * HOUR) / DAY) * DAY;
  const firstDay = lastDay - (SPAN_DAYS - 1) * DAY;
  const x = ((i + 0.5) / plan.reports) * SPAN_DAYS;
  const day = Math.floor(x);
  return new Date(firstDay + day * DAY + 7 * HOUR + (x - day) * 14 * HOUR);
}

export function reportAt(plan: Plan, i: number, years: Map<number, number>): BenchReport {
  const rand = prng(plan.seed ^ Math.imul(i + 1, 0x9e3779b1));
  const id = rowUuid(rand, "report", i);
  const idempotencyKey = rowUuid(rand, "idempotencyKey", i);
  const createdAt = createdAtOf(plan, i);
  const year = createdAt.getUTCFullYear();
  const number = `R-${year}-${String(i - years.get(year)! + 1).padStart(6, "0")}`;
  const location = pickLocation(rand());
  const reporter = location + LOCATIONS * Math.floor(rand() * (EMPLOYEES / LOCATIONS));
  const gender: Gender = reporter % 2 ? "m" : "f";
  const category = pickWeighted(CATEGORY_WEIGHTS, rand(), "OTHER");
  const scenario = pick(SCENARIOS[category], rand());
  const status = pickStatus(plan.anchor.getTime() - createdAt.getTime(), rand());
  const reasonsExplained = rand() < 0.85;
  const alternativeOffered = scenario.alternativeDescription !== null && rand() < 0.75;
  const injury = rand() < (scenario.injury?.chance ?? 0);
  const damage = rand() < (scenario.damage?.chance ?? 0);
  const hasDescription = rand() < 0.5;
  const redact = hasDescription && plan.anchor.getTime() - createdAt.getTime() > 365 * DAY;
  const colleague = `Pracownik ${((reporter + LOCATIONS) % EMPLOYEES) + 1}`;

  const claimed = status !== "SUBMITTED" && status !== "WITHDRAWN";
  const decided = status === "JUSTIFIED" || status === "NOT_JUSTIFIED" || status === "APPEALED";
  // What happened after the filing happened by the anchor, however young the report.
  const byAnchor = (time: number) => new Date(Math.min(time, plan.anchor.getTime()));
  const claimedAt = claimed ? byAnchor(createdAt.getTime() + (1 + rand() * 20) * HOUR) : null;
  const decidedAt = decided ? byAnchor(claimedAt!.getTime() + (0.5 + rand() * 30) * HOUR) : null;
  const assignee = claimed ? (location - Math.floor(rand() * SUPERVISED_PER_SUPERVISOR) + LOCATIONS) % LOCATIONS : null;
  let decision: BenchReport["decision"] = null;
  if (decided) {
    const outcome = status === "JUSTIFIED" ? "JUSTIFIED" : "NOT_JUSTIFIED";
    const reason = pick(REASONS_BY_CATEGORY[category][outcome], rand());
    const followUp = outcome === "JUSTIFIED" ? ["NO_ACTION"] : [pick(["TALK_WITH_EMPLOYEE", "TRAINING", "CONTACT_CUSTOMER"], rand())];
    decision = { id: rowUuid(rand, "decision", i), outcome, reason, rationale: inflectOnce(pick(RATIONALES[reason], rand()), gender), followUp };
  }
  const version = { SUBMITTED: 1, WITHDRAWN: 2, IN_REVIEW: 2, NEEDS_INFO: 3, JUSTIFIED: 3, NOT_JUSTIFIED: 3, APPEALED: 4 }[status];

  return {
    index: i,
    id,
    number,
    idempotencyKey,
    reporterId: employeeId(reporter),
    reporterGender: gender,
    locationId: locationId(location),
    occurredAt: new Date(createdAt.getTime() - rand() * 3 * HOUR),
    createdAt,
    category,
    aggressionKinds: category === "AGGRESSIVE_BEHAVIOUR" ? (scenario.aggressionKinds ?? ["OTHER_ABUSE"]) : [],
    otherCategoryText: category === "OTHER" ? (scenario.otherCategoryText ?? "Inne") : null,
    narrative: inflectOnce(scenario.narrative, gender),
    customerRequest: inflectOnce(scenario.customerRequest, gender),
    reasonsExplained,
    reasonsExplanation: reasonsExplained ? inflectOnce(scenario.reasonsExplanation, gender) : null,
    alternativeOffered,
    alternativeDescription: alternativeOffered ? inflectOnce(scenario.alternativeDescription!, gender) : null,
    witnesses: rand() < 0.4 ? pick(WITNESSES, rand()).replace("{colleague}", colleague) : null,
    securityCalled: rand() < (scenario.security ?? 0),
    policeCalled: rand() < (scenario.police ?? 0),
    injury,
    damage,
    injuryDamageDetails: injury ? scenario.injury!.details : damage ? scenario.damage!.details : null,
    riskBadReview: rand() < (scenario.badReview ?? 0.05),
    riskLostCustomer: rand() < (scenario.lostCustomer ?? 0.05),
    legalRisk: rand() < (scenario.legal ?? 0.01) ? (rand() < 0.3 ? "THREATENED" : "LIKELY") : "NONE",
    customerDescription: hasDescription && !redact ? pick(CUSTOMER_DESCRIPTIONS, rand()) : null,
    customerDescriptionRedactedAt: redact ? new Date(createdAt.getTime() + 365 * DAY) : null,
    status,
    version,
    assigneeId: assignee === null ? null : supervisorId(assignee),
    claimedAt,
    decidedAt,
    decision,
    appeal:
      status === "APPEALED"
        ? { id: rowUuid(rand, "appeal", i), createdAt: byAnchor(decidedAt!.getTime() + 2 * DAY), reason: inflectOnce(APPEAL_REASON, gender) }
        : null,
    withdrawReason: status === "WITHDRAWN" ? inflectOnce(pick(WITHDRAW_REASONS, rand()), gender) : null,
  };
}
