// The demo company: three locations, ten accounts and about 200 refusal
// reports over the six months before the seed runs, in every state of the
// review workflow, with their decisions, question threads and audit trail.
//
// Deterministic: the content comes from a seeded PRNG and all dates are
// relative to an anchor (the start of the current UTC day), so two runs on the
// same day produce the same rows (only ids and password salts differ).
// Idempotent: if admin@firma.example exists, nothing is written.
// Needs the reference data migration (OrgSettings, DecisionReason) applied.
//
// Imported by Node scripts (tsx), never by the Next.js server: no "server-only".
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password.ts";
// Serialises concurrent seeders (two app instances starting at once).
import { SEED_LOCK_KEY } from "../../lib/db/lock-keys.ts";
import type {
  AggressionKind,
  FollowUpAction,
  LegalRisk,
  Outcome,
  Prisma,
  PrismaClient,
  ReportCategory,
  ReportStatus,
  Role,
} from "../../lib/generated/prisma/client.ts";
import {
  CUSTOMER_DESCRIPTIONS,
  FOLLOW_UP_NOTES,
  PHONE_CUSTOMER_DESCRIPTIONS,
  PHONE_WITNESSES,
  QUESTIONS,
  RATIONALES,
  REASONS_BY_CATEGORY,
  SCENARIOS,
  WITHDRAW_REASONS,
  WITNESSES,
  inflect,
  type Gender,
  type QuestionAnswer,
  type ReasonCode,
  type Scenario,
} from "./narratives.ts";

export const DEMO_PASSWORD = "demo-refusal-2026";

export type DemoAccount = { email: string; name: string; role: Role; password: string; locations: string[] };

const ADMIN_EMAIL = "admin@firma.example";
const SEED = 0x5eed_2026;
const REPORT_COUNT = 200;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const LOCATIONS = [
  { code: "WAW-01", name: "Warszawa – Marszałkowska 104" },
  { code: "KRK-01", name: "Kraków – Floriańska 12" },
  { code: "GDN-01", name: "Gdańsk – Długa 45" },
] as const;

type Person = { email: string; name: string; role: Role; gender: Gender; locations: string[] };

const PEOPLE: Person[] = [
  { email: "anna.kowalska@firma.example", name: "Anna Kowalska", role: "EMPLOYEE", gender: "f", locations: ["WAW-01"] },
  { email: "piotr.nowak@firma.example", name: "Piotr Nowak", role: "EMPLOYEE", gender: "m", locations: ["WAW-01"] },
  { email: "ewa.wisniewska@firma.example", name: "Ewa Wiśniewska", role: "EMPLOYEE", gender: "f", locations: ["KRK-01"] },
  { email: "tomasz.wojcik@firma.example", name: "Tomasz Wójcik", role: "EMPLOYEE", gender: "m", locations: ["KRK-01"] },
  { email: "magdalena.kaminska@firma.example", name: "Magdalena Kamińska", role: "EMPLOYEE", gender: "f", locations: ["GDN-01"] },
  { email: "jan.lewandowski@firma.example", name: "Jan Lewandowski", role: "EMPLOYEE", gender: "m", locations: ["GDN-01"] },
  { email: "katarzyna.zielinska@firma.example", name: "Katarzyna Zielińska", role: "SUPERVISOR", gender: "f", locations: ["WAW-01", "KRK-01"] },
  { email: "marek.szymanski@firma.example", name: "Marek Szymański", role: "SUPERVISOR", gender: "m", locations: ["GDN-01", "KRK-01"] },
  { email: "joanna.dabrowska@firma.example", name: "Joanna Dąbrowska", role: "HR", gender: "f", locations: [] },
  { email: ADMIN_EMAIL, name: "Administrator", role: "ADMIN", gender: "m", locations: [] },
];

const ANNA = "anna.kowalska@firma.example";

function demoAccounts(): DemoAccount[] {
  return PEOPLE.map((p) => ({ email: p.email, name: p.name, role: p.role, password: DEMO_PASSWORD, locations: [...p.locations] }));
}

// ---------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = ReturnType<typeof makeRng>;
function makeRng(seed: number) {
  const next = mulberry32(seed);
  const rng = {
    next,
    between: (lo: number, hi: number) => lo + (hi - lo) * next(),
    int: (lo: number, hi: number) => lo + Math.floor((hi - lo + 1) * next()),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of entries) {
        r -= w;
        if (r < 0) return item;
      }
      return entries[entries.length - 1][0];
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------
// The plan: plain rows, built before the transaction

const CATEGORY_WEIGHTS: [ReportCategory, number][] = [
  ["AGGRESSIVE_BEHAVIOUR", 34],
  ["AGAINST_POLICY", 18],
  ["UNLAWFUL_REQUEST", 12],
  ["LACK_OF_AUTHORITY", 12],
  ["LACK_OF_KNOWLEDGE", 10],
  ["SAFETY_BREACH", 8],
  ["OTHER", 6],
];

type Slot = {
  status: ReportStatus;
  /** Day before the anchor on which the incident happened: 1 = yesterday. */
  days: [number, number];
  reporter?: string;
  location?: string;
  outcome?: Outcome;
};

type PlannedEvent = {
  at: number;
  action: string;
  actor: string;
  from: ReportStatus | null;
  to: ReportStatus;
  reason?: string;
  data?: Record<string, string>;
};

type PlannedReport = {
  id: string;
  createdAt: number;
  row: Omit<Prisma.RefusalReportCreateManyInput, "number" | "idempotencyKey">;
  messages: Prisma.ReportMessageCreateManyInput[];
  decision?: Omit<Prisma.DecisionCreateManyInput, "reasonCodeId"> & { reasonCode: ReasonCode };
  appeal?: Prisma.AppealCreateManyInput;
  events: PlannedEvent[];
};

function buildSlots(rng: Rng): Slot[] {
  const slots: Slot[] = [];
  // Waiting for a reviewer for more than 48 hours: at least three per location.
  for (const { code } of LOCATIONS) {
    for (let i = 0; i < 3; i++) slots.push({ status: "SUBMITTED", days: [3, 6], location: code });
  }
  slots.push({ status: "SUBMITTED", days: [1, 2], reporter: ANNA });
  for (let i = 0; i < 20; i++) slots.push({ status: "SUBMITTED", days: [1, 3] });
  slots.push({ status: "NEEDS_INFO", days: [2, 8], reporter: ANNA }, { status: "NEEDS_INFO", days: [3, 12], reporter: ANNA });
  for (let i = 0; i < 14; i++) slots.push({ status: "NEEDS_INFO", days: [1, 12] });
  for (let i = 0; i < 20; i++) slots.push({ status: "IN_REVIEW", days: [1, 12] });
  for (let i = 0; i < 3; i++) slots.push({ status: "WITHDRAWN", days: [10, 170] });
  slots.push({ status: "JUSTIFIED", days: [20, 60], reporter: ANNA, outcome: "JUSTIFIED" });
  slots.push({ status: "NOT_JUSTIFIED", days: [8, 40], reporter: ANNA, outcome: "NOT_JUSTIFIED" });
  while (slots.length < REPORT_COUNT) {
    const outcome: Outcome = rng.chance(0.7) ? "JUSTIFIED" : "NOT_JUSTIFIED";
    slots.push({ status: outcome, days: [2, 182], outcome });
  }
  return slots;
}

/** An incident time on a working day (no trading on most Sundays), shop hours in Poland. */
function incidentTime(rng: Rng, anchor: number, days: [number, number]): number {
  let day = rng.int(days[0], days[1]);
  if (new Date(anchor - day * DAY).getUTCDay() === 0) day += 1;
  // 07:00–18:30 UTC is 08:00–20:30 local time in winter, 09:00–20:30 in summer.
  const minutes = rng.int(7 * 60, 18 * 60 + 30);
  return anchor - day * DAY + minutes * 60_000 + rng.int(0, 59) * 1000;
}

/** Every planned event ends before this, so nothing is in the future whatever the time of day. */
const latestEventAt = (anchor: number) => anchor - 30 * 60_000;

function buildPlan(anchor: number, ids: { users: Map<string, string>; locations: Map<string, string> }): PlannedReport[] {
  const rng = makeRng(SEED);
  const people = new Map(PEOPLE.map((p) => [p.email, p]));
  const employeesAt = (code: string) => PEOPLE.filter((p) => p.role === "EMPLOYEE" && p.locations.includes(code));
  const supervisorsOf = (code: string) => PEOPLE.filter((p) => p.role === "SUPERVISOR" && p.locations.includes(code));
  const employees = PEOPLE.filter((p) => p.role === "EMPLOYEE");
  const userId = (email: string) => ids.users.get(email)!;
  const latest = latestEventAt(anchor);

  const reports: PlannedReport[] = [];
  for (const slot of buildSlots(rng)) {
    const reporter = slot.reporter
      ? people.get(slot.reporter)!
      : rng.pick(slot.location ? employeesAt(slot.location) : employees);
    const locationCode = reporter.locations[0];
    const colleague = employeesAt(locationCode).find((p) => p.email !== reporter.email);
    const g = reporter.gender;
    const text = (s: string) => inflect(s, g).replaceAll("{colleague}", colleague?.name ?? "Kolega z sąsiedniej kasy");

    const category = rng.weighted(CATEGORY_WEIGHTS);
    const scenario: Scenario = rng.pick(SCENARIOS[category]);
    const outcome = slot.outcome;
    const reasonCode: ReasonCode | undefined = outcome
      ? rng.pick(REASONS_BY_CATEGORY[category][outcome])
      : undefined;

    const occurredAt = incidentTime(rng, anchor, slot.days);
    const createdAt = occurredAt + rng.int(5, 90) * 60_000 + rng.int(0, 59) * 1000;

    // The guide's procedure: explain the reasons, offer an alternative.
    let reasonsExplained = rng.chance(category === "AGGRESSIVE_BEHAVIOUR" ? 0.8 : 0.9);
    let alternativeOffered = scenario.alternativeDescription !== null && rng.chance(0.8);
    if (outcome === "JUSTIFIED") reasonsExplained = reasonsExplained || rng.chance(0.7);
    if (reasonCode === "REASONS_NOT_EXPLAINED") reasonsExplained = false;
    if (reasonCode === "NO_ALTERNATIVE_OFFERED") alternativeOffered = false;

    const injury = scenario.injury ? rng.chance(scenario.injury.chance) : false;
    const damage = scenario.damage ? rng.chance(scenario.damage.chance) : false;
    const details = [injury ? scenario.injury!.details : null, damage ? scenario.damage!.details : null].filter(Boolean);
    const legal: LegalRisk = rng.chance(scenario.legal ?? 0.03) ? (rng.chance(0.3) ? "THREATENED" : "LIKELY") : "NONE";
    const securityCalled = rng.chance(scenario.security ?? 0.02);
    const policeCalled = rng.chance(scenario.police ?? 0);
    const riskBadReview = rng.chance(scenario.badReview ?? 0.1);
    const riskLostCustomer = rng.chance(scenario.lostCustomer ?? 0.08);
    const customerDescription = rng.chance(0.33)
      ? rng.pick(scenario.phone ? PHONE_CUSTOMER_DESCRIPTIONS : CUSTOMER_DESCRIPTIONS)
      : null;
    // Witnesses must agree with the flags and with the reviewer's rationale.
    const witnessPool = (scenario.phone ? PHONE_WITNESSES : WITNESSES).filter((w) => securityCalled || !w.includes("ochron"));
    const witnessed =
      reasonCode === "INSUFFICIENT_FACTS" ? false : reasonCode === "DOCUMENTED_AGGRESSION" ? true : rng.chance(0.6);
    const witnesses = witnessed ? text(rng.pick(witnessPool)) : null;

    const id = randomUUID();
    const reviewer = rng.pick(supervisorsOf(locationCode));
    const events: PlannedEvent[] = [
      { at: createdAt, action: "report.submitted", actor: reporter.email, from: null, to: "SUBMITTED" },
    ];
    const messages: Prisma.ReportMessageCreateManyInput[] = [];
    let decision: PlannedReport["decision"];
    let claimedAt: number | null = null;
    let decidedAt: number | null = null;

    const pickQuestion = (): QuestionAnswer =>
      rng.chance(0.7) ? rng.pick(QUESTIONS[category]) : rng.pick(QUESTIONS.GENERAL);

    if (slot.status === "WITHDRAWN") {
      events.push({
        at: createdAt + rng.int(10, 180) * 60_000,
        action: "report.withdrawn",
        actor: reporter.email,
        from: "SUBMITTED",
        to: "WITHDRAWN",
        reason: text(rng.pick(WITHDRAW_REASONS)),
      });
    } else if (slot.status !== "SUBMITTED") {
      // Offsets (hours) from creation; compressed below if they would run past the anchor.
      const late = slot.outcome !== undefined && rng.chance(0.15);
      const steps: { dt: number; kind: "claim" | "question" | "answer" | "decide"; qa?: QuestionAnswer }[] = [];
      steps.push({ dt: late ? rng.between(30, 80) : rng.between(0.3, 20), kind: "claim" });
      const answeredThread =
        slot.status === "IN_REVIEW"
          ? rng.chance(0.2)
          : slot.outcome
            ? rng.chance(reasonCode === "INSUFFICIENT_FACTS" ? 0.6 : 0.22)
            : rng.chance(0.1);
      if (answeredThread) {
        const qa = pickQuestion();
        steps.push({ dt: rng.between(0.2, 6), kind: "question", qa }, { dt: rng.between(0.3, 24), kind: "answer", qa });
      }
      if (slot.status === "NEEDS_INFO") steps.push({ dt: rng.between(0.2, 8), kind: "question", qa: pickQuestion() });
      if (slot.outcome) steps.push({ dt: rng.between(0.3, 24), kind: "decide" });

      const total = steps.reduce((sum, s) => sum + s.dt * HOUR, 0);
      const scale = Math.min(1, (latest - createdAt) / total);
      let at = createdAt;
      let status: ReportStatus = "SUBMITTED";
      for (const step of steps) {
        at += Math.max(60_000, Math.round(step.dt * HOUR * scale));
        if (step.kind === "claim") {
          claimedAt = at;
          events.push({ at, action: "report.claimed", actor: reviewer.email, from: status, to: "IN_REVIEW" });
          status = "IN_REVIEW";
        } else if (step.kind === "question") {
          const messageId = randomUUID();
          messages.push({ id: messageId, reportId: id, authorId: userId(reviewer.email), kind: "QUESTION", body: text(step.qa!.question), createdAt: new Date(at) });
          events.push({ at, action: "report.info_requested", actor: reviewer.email, from: status, to: "NEEDS_INFO", data: { messageId } });
          status = "NEEDS_INFO";
        } else if (step.kind === "answer") {
          const messageId = randomUUID();
          messages.push({ id: messageId, reportId: id, authorId: userId(reporter.email), kind: "ANSWER", body: text(step.qa!.answer), createdAt: new Date(at) });
          events.push({ at, action: "report.info_answered", actor: reporter.email, from: status, to: "IN_REVIEW", data: { messageId } });
          status = "IN_REVIEW";
        } else {
          const decisionId = randomUUID();
          const followUpActions = followUps(rng, outcome!, reasonCode!, {
            category,
            aggressionKinds: scenario.aggressionKinds ?? [],
            securityCalled,
            legal,
            riskBadReview,
          });
          const noteFor = followUpActions.find((a) => a !== "NO_ACTION");
          const notes = noteFor ? FOLLOW_UP_NOTES[noteFor] : undefined;
          decision = {
            id: decisionId,
            reportId: id,
            reviewerId: userId(reviewer.email),
            outcome: outcome!,
            kind: "INITIAL",
            reasonCode: reasonCode!,
            rationale: text(rng.pick(RATIONALES[reasonCode!])),
            followUpActions,
            followUpNote: notes && rng.chance(0.5) ? rng.pick(notes) : null,
            createdAt: new Date(at),
          };
          decidedAt = at;
          events.push({
            at,
            action: "report.decided",
            actor: reviewer.email,
            from: status,
            to: outcome!,
            data: { decisionId, outcome: outcome!, reasonCode: reasonCode!, kind: "INITIAL" },
          });
          status = outcome!;
        }
      }
      if (status !== slot.status) throw new Error(`demo seed: planned ${slot.status}, reached ${status}`);
    }

    const last = events[events.length - 1].at;
    reports.push({
      id,
      createdAt,
      messages,
      decision,
      events,
      row: {
        id,
        reporterId: userId(reporter.email),
        locationId: ids.locations.get(locationCode)!,
        occurredAt: new Date(occurredAt),
        category,
        aggressionKinds: scenario.aggressionKinds ?? [],
        otherCategoryText: category === "OTHER" ? (scenario.otherCategoryText ?? null) : null,
        narrative: text(scenario.narrative),
        customerRequest: text(scenario.customerRequest),
        reasonsExplained,
        reasonsExplanation: reasonsExplained ? text(scenario.reasonsExplanation) : null,
        alternativeOffered,
        alternativeDescription: alternativeOffered && scenario.alternativeDescription ? text(scenario.alternativeDescription) : null,
        witnesses,
        securityCalled,
        policeCalled,
        injury,
        damage,
        injuryDamageDetails: details.length ? details.join(" ") : null,
        riskBadReview,
        riskLostCustomer,
        legalRisk: legal,
        customerDescription,
        status: slot.status,
        // Every transition after the submission bumps the version.
        version: events.length,
        assigneeId: claimedAt === null ? null : userId(reviewer.email),
        claimedAt: claimedAt === null ? null : new Date(claimedAt),
        firstClaimedAt: claimedAt === null ? null : new Date(claimedAt),
        firstDecidedAt: decidedAt === null ? null : new Date(decidedAt),
        decidedAt: decidedAt === null ? null : new Date(decidedAt),
        createdAt: new Date(createdAt),
        updatedAt: new Date(last),
      },
    });
  }
  return reports;
}

const APPEAL_REASONS = [
  "Klientowi zaproponowano infolinię i kierownika zmiany, ale odmówił i wyszedł; świadkiem była osoba z sąsiedniej kasy.",
  "Klient groził, że wróci z kolegami. Regulamin pozwala przerwać obsługę w takiej sytuacji, a powody zostały mu wyjaśnione.",
];

/**
 * Two reporters appeal a recent "not justified" decision: one some days ago,
 * past the review deadline (the appeals page marks it, the overdue scan
 * escalates it), one today. Done on the finished plan, without the random
 * stream, so every other report stays as it was. Anna's reports are left
 * alone: the browser tests sign in as her and start from their states.
 */
function appealSome(plan: PlannedReport[], latest: number, anna: string): void {
  const decided = plan
    .filter((r) => r.row.status === "NOT_JUSTIFIED" && r.decision && r.row.reporterId !== anna)
    .map((r) => ({ report: r, at: (r.decision!.createdAt as Date).getTime() }))
    .sort((a, b) => b.at - a.at);
  // Each appealed within the 14 days a decision allows (lib/review/appeals.ts):
  // today, on the newest decision of the last 13 days; and two days after an
  // older decision, at least three days ago.
  const fresh = decided.find(({ at }) => at >= latest - 13 * DAY && at <= latest - 3 * HOUR);
  const overdue = decided.find(({ report, at }) => report !== fresh?.report && at <= latest - 5 * DAY && at >= latest - 30 * DAY);
  const picks = [
    overdue && { ...overdue, appealAt: Math.min(overdue.at + 2 * DAY, latest - 3 * DAY) },
    fresh && { ...fresh, appealAt: latest - 2 * HOUR },
  ].filter((pick) => pick !== undefined);
  for (const [index, { report, appealAt }] of picks.entries()) {
    const appealId = randomUUID();
    const reason = APPEAL_REASONS[index];
    report.appeal = {
      id: appealId,
      reportId: report.id,
      decisionId: report.decision!.id!,
      appellantId: report.row.reporterId,
      reason,
      createdAt: new Date(appealAt),
    };
    report.events.push({
      at: appealAt,
      action: "report.appealed",
      actor: report.events[0].actor,
      from: "NOT_JUSTIFIED",
      to: "APPEALED",
      reason,
      data: { appealId, decisionId: report.decision!.id! },
    });
    report.row = { ...report.row, status: "APPEALED", version: report.events.length, updatedAt: new Date(appealAt) };
  }
}

function followUps(
  rng: Rng,
  outcome: Outcome,
  reason: ReasonCode,
  r: { category: ReportCategory; aggressionKinds: AggressionKind[]; securityCalled: boolean; legal: LegalRisk; riskBadReview: boolean },
): FollowUpAction[] {
  const actions = new Set<FollowUpAction>();
  if (outcome === "JUSTIFIED") {
    const physical = r.aggressionKinds.some((k) => k === "PHYSICAL_THREATS" || k === "PHYSICAL_VIOLENCE");
    if ((physical || r.securityCalled) && rng.chance(0.6)) actions.add("SECURITY_MEASURE");
    if (r.riskBadReview && rng.chance(0.3)) actions.add("CONTACT_CUSTOMER");
  } else {
    if (rng.chance(0.8)) actions.add("TALK_WITH_EMPLOYEE");
    if ((reason === "REASONS_NOT_EXPLAINED" || reason === "NO_ALTERNATIVE_OFFERED") && rng.chance(0.45)) actions.add("TRAINING");
    if (rng.chance(reason === "ALLOWED_BY_POLICY" ? 0.8 : 0.4)) actions.add("CONTACT_CUSTOMER");
    if (actions.size === 0) actions.add("TALK_WITH_EMPLOYEE");
  }
  if (r.legal === "THREATENED") actions.add("ESCALATE_LEGAL");
  if (actions.size === 0) actions.add("NO_ACTION");
  const order: FollowUpAction[] = ["NO_ACTION", "TALK_WITH_EMPLOYEE", "TRAINING", "CONTACT_CUSTOMER", "ESCALATE_LEGAL", "SECURITY_MEASURE"];
  return order.filter((a) => actions.has(a));
}

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

// ---------------------------------------------------------------------------

/**
 * Seeds the demo company. Returns { created: false } without writing anything
 * when it is already there (admin@firma.example exists).
 * `options.now` only exists for tests: dates are relative to the start of its UTC day.
 */
export async function seedDemo(
  db: PrismaClient,
  options: { now?: Date } = {},
): Promise<{ created: boolean; accounts: DemoAccount[] }> {
  const accounts = demoAccounts();
  const exists = () => db.user.findUnique({ where: { email: ADMIN_EMAIL }, select: { id: true } });
  if (await exists()) return { created: false, accounts };

  const anchor = startOfUtcDay(options.now ?? new Date());
  const since = new Date(anchor - 200 * DAY);
  const ids = {
    users: new Map<string, string>(PEOPLE.map((p) => [p.email, randomUUID()])),
    locations: new Map<string, string>(LOCATIONS.map((l) => [l.code, randomUUID()])),
  };
  const plan = buildPlan(anchor, ids).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  appealSome(plan, latestEventAt(anchor), ids.users.get(ANNA)!);
  // Hashing (argon2id) is slow on purpose: do it before the transaction opens.
  const hashes = await Promise.all(PEOPLE.map(() => hashPassword(DEMO_PASSWORD)));

  const created = await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      if (await tx.user.findUnique({ where: { email: ADMIN_EMAIL }, select: { id: true } })) return false;

      const reasons = await tx.decisionReason.findMany({ select: { id: true, code: true } });
      const reasonId = new Map(reasons.map((r) => [r.code, r.id]));
      const missing = [...new Set(plan.flatMap((r) => (r.decision ? [r.decision.reasonCode] : [])))].filter((c) => !reasonId.has(c));
      if (missing.length) {
        throw new Error(`Decision reasons missing (${missing.join(", ")}): apply the reference data migration first.`);
      }

      // Numbers continue any per-year sequence that already exists.
      const sequences = new Map((await tx.reportNumberSequence.findMany()).map((s) => [s.year, s.last]));
      const used = new Map<number, number>();
      const reportRows: Prisma.RefusalReportCreateManyInput[] = plan.map((r, index) => {
        const year = new Date(r.createdAt).getUTCFullYear();
        const seq = (used.get(year) ?? sequences.get(year) ?? 0) + 1;
        used.set(year, seq);
        return {
          ...r.row,
          number: `R-${year}-${String(seq).padStart(6, "0")}`,
          idempotencyKey: `seed-${String(index + 1).padStart(4, "0")}`,
        };
      });

      await tx.location.createMany({
        data: LOCATIONS.map((l) => ({ id: ids.locations.get(l.code)!, code: l.code, name: l.name, createdAt: since })),
      });
      await tx.user.createMany({
        data: PEOPLE.map((p, i) => ({
          id: ids.users.get(p.email)!,
          email: p.email,
          name: p.name,
          role: p.role,
          passwordHash: hashes[i],
          locale: null,
          createdAt: since,
          updatedAt: since,
        })),
      });
      await tx.userLocation.createMany({
        data: PEOPLE.flatMap((p) =>
          p.locations.map((code) => ({ userId: ids.users.get(p.email)!, locationId: ids.locations.get(code)! })),
        ),
      });
      await tx.supervisorAssignment.createMany({
        data: PEOPLE.filter((p) => p.role === "SUPERVISOR").flatMap((p) =>
          p.locations.map((code) => ({ userId: ids.users.get(p.email)!, locationId: ids.locations.get(code)!, createdAt: since })),
        ),
      });
      await tx.refusalReport.createMany({ data: reportRows });
      await tx.reportMessage.createMany({ data: plan.flatMap((r) => r.messages) });
      await tx.decision.createMany({
        data: plan.flatMap((r) => {
          if (!r.decision) return [];
          const { reasonCode, ...decision } = r.decision;
          return [{ ...decision, reasonCodeId: reasonId.get(reasonCode)! }];
        }),
      });
      await tx.appeal.createMany({ data: plan.flatMap((r) => (r.appeal ? [r.appeal] : [])) });
      // Inserted in time order, so audit ids grow with createdAt as in real use.
      const events = plan
        .flatMap((r) => r.events.map((e, step) => ({ e, step, reportId: r.id })))
        .sort((a, b) => a.e.at - b.e.at || a.reportId.localeCompare(b.reportId) || a.step - b.step);
      await tx.auditEvent.createMany({
        data: events.map(({ e, reportId }) => ({
          actorId: ids.users.get(e.actor)!,
          action: e.action,
          entityType: "report",
          entityId: reportId,
          reportId,
          fromStatus: e.from,
          toStatus: e.to,
          reason: e.reason ?? null,
          ...(e.data ? { data: e.data } : {}),
          createdAt: new Date(e.at),
        })),
      });
      for (const [year, last] of used) {
        await tx.reportNumberSequence.upsert({ where: { year }, create: { year, last }, update: { last } });
      }
      return true;
    },
    { timeout: 120_000 },
  );
  return { created, accounts };
}
