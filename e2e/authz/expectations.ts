// The authorization matrix: for every page, route handler and Server Action,
// what each role gets for each target. One table; e2e/authz.spec.ts checks
// every cell over HTTP and fails for anything reachable that is not in it.
//
// Roles (demo accounts): employee = Anna (Warszawa), coworker = Piotr
// (Warszawa), supervisor = Katarzyna (Warszawa, Kraków), otherSupervisor =
// Marek (Gdańsk, Kraków), hr = Joanna, admin, deactivated = a Warszawa
// employee deactivated after signing in. Targets: own = Anna's report
// (Warszawa, submitted), sameLocation = Piotr's (Warszawa, submitted),
// otherLocation = Magdalena's (Gdańsk, submitted), missing = no such report.

import { validInput } from "../../test/report-input";

export const ROLES = ["signedOut", "employee", "coworker", "supervisor", "otherSupervisor", "hr", "admin", "deactivated"] as const;
export const TARGETS = ["own", "sameLocation", "otherLocation", "missing"] as const;
export type Role = (typeof ROLES)[number];
export type Target = (typeof TARGETS)[number];

export interface TargetReport {
  id: string;
  number: string;
  locationId: string;
  reporterId: string;
  /** An evidence file on the report (inserted by the spec; a random id for the missing report). */
  attachmentId: string;
}

type Answer = string | ((role: Role, target: Target) => string);
const REFUSALS = new Set(["signin", "unauthenticated", "forbidden", "not_found", "http:404"]);
export const isRefusal = (answer: string) => REFUSALS.has(answer);

const anonymous = (role: Role) => role === "signedOut" || role === "deactivated";
const FILERS: Role[] = ["employee", "coworker", "supervisor", "otherSupervisor"];
const REVIEWERS: Role[] = ["supervisor", "otherSupervisor", "admin"];
const DASHBOARD: Role[] = ["supervisor", "otherSupervisor", "hr", "admin"];
/** reports.export, appeals.resolve and consequences.record: the same four roles, each permission on its own. */
const EXPORTERS: Role[] = ["supervisor", "otherSupervisor", "hr", "admin"];
const APPEAL_RESOLVERS: Role[] = ["supervisor", "otherSupervisor", "hr", "admin"];
const CONSEQUENCE_RECORDERS: Role[] = ["supervisor", "otherSupervisor", "hr", "admin"];
const HOME: Record<Role, string> = {
  signedOut: "signin",
  deactivated: "signin", // never used for /signin, which answers "ok" to both
  employee: "redirect:/reports",
  coworker: "redirect:/reports",
  supervisor: "redirect:/review",
  otherSupervisor: "redirect:/review",
  hr: "redirect:/hr",
  admin: "redirect:/admin/users",
};

/** Who may read which report (lib/reports/access.ts, written out). */
const READERS: Record<Target, Role[]> = {
  own: ["employee", "supervisor", "hr", "admin"],
  sameLocation: ["coworker", "supervisor", "hr", "admin"],
  otherLocation: ["otherSupervisor", "hr", "admin"],
  missing: [],
};
/**
 * The dashboard's scope (lib/dashboard/where.ts dashboardLocationScope), which
 * is also where consequences may be recorded (lib/consequences/service.ts):
 * HR and admins everywhere, supervisors the locations they review. Katarzyna
 * reviews Warszawa, Marek Gdańsk; employees none.
 */
const DASHBOARD_SCOPE: Record<Target, Role[]> = {
  own: ["supervisor", "hr", "admin"],
  sameLocation: ["supervisor", "hr", "admin"],
  otherLocation: ["otherSupervisor", "hr", "admin"],
  missing: [],
};
/** Who may open a report's review page or resolve its appeal (lib/review/access.ts appealResolversWhere): reviewers of the location, and HR anywhere. */
const APPEAL_SCOPE: Record<Target, Role[]> = {
  own: ["supervisor", "admin", "hr"],
  sameLocation: ["supervisor", "admin", "hr"],
  otherLocation: ["otherSupervisor", "admin", "hr"],
  missing: [],
};
/** Whose own report the target is (the reporter's own actions). */
const REPORTER: Partial<Record<Target, Role>> = { own: "employee", sameLocation: "coworker" };

const page = (allowed: Role[], ok: (role: Role, target: Target) => string = () => "ok"): Answer => (role, target) =>
  anonymous(role) ? "signin" : allowed.includes(role) ? ok(role, target) : "forbidden";
const everyone = (answer: string): Answer => () => answer;
/** Actions: unauthenticated, then the permission, then (for allowed roles) the answer to the probe. */
const action = (allowed: Role[], ok: Answer): Answer => (role, target) =>
  anonymous(role) ? "unauthenticated" : !allowed.includes(role) ? "forbidden" : typeof ok === "string" ? ok : ok(role, target);
/** The reporter's own actions, probed with a stale version: the reporter gets a conflict, everyone else "not found". */
const reporterOwn = action(FILERS, (role, target) => (REPORTER[target] === role ? "conflict" : "not_found"));

export const PAGES: Record<string, Answer> = {
  "/": (role) => HOME[role],
  // Signed in already: straight to the person's home page.
  "/signin": (role) => (anonymous(role) ? "ok" : HOME[role]),
  "/set-password/[token]": everyone("ok"),
  "/reports": page(FILERS),
  "/reports/new": page(FILERS),
  "/reports/[number]": page([...ROLES], (role, target) => (READERS[target].includes(role) ? "ok" : "not_found")),
  "/reports/[number]/edit": page(FILERS, (role, target) => (REPORTER[target] === role ? "ok" : "not_found")),
  "/review": page(REVIEWERS),
  // A known report outside the person's review scope is 403, an unknown number 404 (lib/review/detail.ts reviewAccess).
  "/review/[number]": page(APPEAL_RESOLVERS, (role, target) =>
    target === "missing" ? "not_found" : APPEAL_SCOPE[target].includes(role) ? "ok" : "forbidden",
  ),
  "/review/appeals": page(APPEAL_RESOLVERS),
  "/hr": page(DASHBOARD),
  "/hr/reports": page(DASHBOARD),
  // Outside the dashboard's scope a report is simply not found (lib/dashboard/list.ts findListedReport).
  "/hr/reports/[number]": page(DASHBOARD, (role, target) => (DASHBOARD_SCOPE[target].includes(role) ? "ok" : "not_found")),
  "/hr/summary": page(EXPORTERS),
  "/admin/users": page(["admin"]),
  "/admin/users/[id]": page(["admin"], (_role, target) => (target === "missing" ? "not_found" : "ok")),
  "/admin/locations": page(["admin"]),
  "/admin/settings": page(["admin"]),
  "/admin/reasons": page(["admin"]),
  "/admin/audit": page(["admin"]),
  "/admin/jobs": page(["admin"]),
  "/notifications": page([...ROLES]),
  "/notifications/preferences": page([...ROLES]),
  // Where a failed download sends the browser: a message, for anyone signed in.
  "/problem": page([...ROLES]),
};

export interface RouteProbe {
  /** The path with dynamic segments filled. */
  path: (target: TargetReport) => string;
  /** Sent as JSON, or as multipart when it is a FormData. */
  body?: unknown;
  expect: Answer;
}

/** An upload the reporter's report accepts for checking, refused as not a photo or PDF: nothing is stored. */
function notEvidence(): FormData {
  const form = new FormData();
  form.append("file", new Blob(["Sonda macierzy uprawnień: to nie jest zdjęcie."], { type: "image/jpeg" }), "sonda.jpg");
  return form;
}
/**
 * Exports: every accepted request is audited (lib/exports/service.ts), so the
 * probe asks for the target's location with an export option the schema
 * refuses. The location scope (another location's export is 403) comes after
 * that check and is covered by lib/exports tests and e2e/hr.spec.ts.
 */
const exportProbe = (format: "csv" | "xlsx"): RouteProbe => ({
  path: (t) => `/api/exports/${format}?loc=${t.locationId}&sep=tab`,
  expect: (role) => (anonymous(role) ? "unauthenticated" : EXPORTERS.includes(role) ? "validation" : "forbidden"),
});

export const ROUTES: Record<string, RouteProbe> = {
  "GET /api/health": { path: () => "/api/health", expect: everyone("ok") },
  "GET /api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: everyone("ok") },
  // A POST to next-auth without its CSRF token is turned away to the sign-in page.
  "POST /api/auth/[...nextauth]": { path: () => "/api/auth/signout", body: {}, expect: everyone("302") },
  "POST /api/admin/users/[id]/export": {
    path: (t) => `/api/admin/users/${t.reporterId}/export`,
    body: {},
    expect: (role, target) => (anonymous(role) ? "unauthenticated" : role !== "admin" ? "forbidden" : target === "missing" ? "not_found" : "ok"),
  },
  "POST /api/reports": {
    path: () => "/api/reports",
    body: {},
    expect: (role) => (anonymous(role) ? "unauthenticated" : FILERS.includes(role) ? "validation" : "forbidden"),
  },
  "GET /api/exports/csv": exportProbe("csv"),
  "GET /api/exports/xlsx": exportProbe("xlsx"),
  // Only the reporter adds evidence to their report: someone else's is "not found", whatever they may read.
  "POST /api/reports/[number]/attachments": {
    path: (t) => `/api/reports/${encodeURIComponent(t.number)}/attachments`,
    body: notEvidence(),
    expect: (role, target) =>
      anonymous(role) ? "unauthenticated" : !FILERS.includes(role) ? "forbidden" : REPORTER[target] === role ? "validation" : "not_found",
  },
  // Evidence goes to whoever may read the report, nobody else.
  "GET /api/reports/[number]/attachments/[id]": {
    path: (t) => `/api/reports/${encodeURIComponent(t.number)}/attachments/${t.attachmentId}`,
    expect: (role, target) => (anonymous(role) ? "unauthenticated" : READERS[target].includes(role) ? "ok" : "not_found"),
  },
};

export interface ActionProbe {
  /** The input sent: it must not change anything when it is accepted. */
  input: (target: TargetReport) => unknown;
  expect: Answer;
}

/** A report's fields (no idempotency key: the edit action takes the report's id instead). */
function reportFields(target: TargetReport) {
  const { idempotencyKey, ...fields } = validInput({
    locationId: target.locationId,
    category: "UNLAWFUL_REQUEST",
    aggressionKinds: [],
    narrative: "Sonda macierzy uprawnień.",
    customerRequest: "Sonda.",
    reasonsExplanation: null,
  });
  void idempotencyKey;
  return fields;
}
const STALE = 999_999;
/** Filled by the spec from the database: a reason code for each outcome. */
export const REASONS = { JUSTIFIED: "", NOT_JUSTIFIED: "" };
const RATIONALE = "Sonda macierzy uprawnień: uzasadnienie dłuższe niż trzydzieści znaków.";
/** Reviewer actions: the permission, then the review scope (outside it 403, missing 404), then a stale-version conflict. */
const REVIEW_SCOPE: Record<Target, Role[]> = {
  own: ["supervisor", "admin"],
  sameLocation: ["supervisor", "admin"],
  otherLocation: ["otherSupervisor", "admin"],
  missing: [],
};
const reviewer = (allowed: Role[], scope: Record<Target, Role[]> = REVIEW_SCOPE) =>
  action(allowed, (role, target) => (target === "missing" ? "not_found" : scope[target].includes(role) ? "conflict" : "forbidden"));
const reviewProbe = (extra: (t: TargetReport) => Record<string, unknown> = () => ({})): ActionProbe["input"] => (t) => ({
  reportId: t.id,
  version: STALE,
  ...extra(t),
});
const signedIn = (answer: string): Answer => (role) => (anonymous(role) ? "unauthenticated" : answer);
const empty = () => ({});
const adminOnly: ActionProbe = { input: empty, expect: action(["admin"], "validation") };

export const ACTIONS: Record<string, ActionProbe> = {
  "lib/reports/actions.ts#fileReportAction": { input: empty, expect: action(FILERS, "validation") },
  "lib/reports/actions.ts#editReportAction": {
    input: (t) => ({ ...reportFields(t), reportId: t.id, expectedVersion: STALE }),
    expect: reporterOwn,
  },
  "lib/reports/actions.ts#withdrawReportAction": { input: (t) => ({ reportId: t.id, expectedVersion: STALE, reason: null }), expect: reporterOwn },
  "lib/reports/actions.ts#answerQuestionAction": {
    input: (t) => ({ reportId: t.id, expectedVersion: STALE, body: "Sonda macierzy." }),
    expect: reporterOwn,
  },
  "lib/admin/user-actions.ts#createUserAction": adminOnly,
  "lib/admin/user-actions.ts#updateUserAction": adminOnly,
  "lib/admin/user-actions.ts#deactivateUserAction": adminOnly,
  "lib/admin/user-actions.ts#reactivateUserAction": adminOnly,
  "lib/admin/user-actions.ts#resetPasswordAction": adminOnly,
  "lib/admin/user-actions.ts#revokeSessionsAction": adminOnly,
  "lib/admin/location-actions.ts#createLocationAction": adminOnly,
  "lib/admin/location-actions.ts#renameLocationAction": adminOnly,
  "lib/admin/location-actions.ts#archiveLocationAction": adminOnly,
  "lib/admin/location-actions.ts#setLocationSupervisorsAction": adminOnly,
  "lib/admin/settings-actions.ts#updateSettingsAction": adminOnly,
  "lib/review/actions.ts#claimAction": { input: reviewProbe(), expect: reviewer(REVIEWERS) },
  "lib/review/actions.ts#releaseAction": { input: reviewProbe(), expect: reviewer(REVIEWERS) },
  "lib/review/actions.ts#requestInfoAction": { input: reviewProbe(() => ({ question: "Sonda: co się stało?" })), expect: reviewer(REVIEWERS) },
  "lib/review/actions.ts#decideAction": {
    input: reviewProbe(() => ({ outcome: "JUSTIFIED", reasonCodeId: REASONS.JUSTIFIED, rationale: RATIONALE, followUpActions: ["NO_ACTION"] })),
    expect: reviewer(REVIEWERS),
  },
  "lib/review/actions.ts#reopenAction": { input: reviewProbe(() => ({ reason: "Sonda macierzy: ponowne otwarcie." })), expect: reviewer(REVIEWERS) },
  // HR resolves appeals anywhere; supervisors and admins within their review scope.
  "lib/review/actions.ts#resolveAppealAction": {
    input: reviewProbe(() => ({ resolution: "UPHELD", reasonCodeId: REASONS.NOT_JUSTIFIED, rationale: RATIONALE, followUpActions: ["NO_ACTION"] })),
    expect: reviewer(APPEAL_RESOLVERS, APPEAL_SCOPE),
  },
  // The reporter's appeal: someone else's report is "not found"; a readable one that cannot be appealed is refused.
  "lib/review/actions.ts#appealAction": {
    input: reviewProbe(() => ({ reason: "Sonda macierzy: odwołanie od decyzji." })),
    expect: action(FILERS, (role, target) => (READERS[target].includes(role) ? "forbidden" : "not_found")),
  },
  // Admins edit the reasons reviewers choose from: an unknown reason's id is "not found" for them.
  "lib/review/actions.ts#updateReasonAction": {
    input: () => ({
      id: "00000000-0000-4000-8000-000000000000",
      labelPl: "Sonda",
      labelEn: "Probe",
      definitionPl: "Sonda macierzy uprawnień.",
      definitionEn: "Authorization matrix probe.",
      sortOrder: 1,
      active: false,
    }),
    expect: action(["admin"], "not_found"),
  },
  "lib/review/actions.ts#createReasonAction": adminOnly,
  // Within the dashboard's scope, "nothing after 30 days" on a report filed today is refused as too early (nothing stored);
  // outside it the report is "not found".
  "lib/consequences/actions.ts#recordConsequenceAction": {
    input: (t) => ({ reportId: t.id, kind: "NONE_AFTER_30_DAYS" }),
    expect: action(CONSEQUENCE_RECORDERS, (role, target) => (DASHBOARD_SCOPE[target].includes(role) ? "validation" : "not_found")),
  },
  // Anyone signed in, on their own notifications; probed with input the strict schemas refuse.
  "lib/notifications/actions.ts#markNotificationRead": { input: () => ({ id: "not-a-uuid" }), expect: signedIn("validation") },
  "lib/notifications/actions.ts#markAllNotificationsRead": { input: () => ({ unexpected: true }), expect: signedIn("validation") },
  "lib/notifications/actions.ts#saveNotificationPreferences": { input: () => ({ unexpected: true }), expect: signedIn("validation") },
  "lib/jobs/actions.ts#retryMailJobAction": adminOnly,
  "lib/jobs/actions.ts#retryOutboxEventAction": adminOnly,
  // Public on purpose: choosing a language, setting a password with a one-time token.
  "lib/i18n/actions.ts#setLocale": { input: empty, expect: everyone("validation") },
  "lib/auth/set-password-action.ts#setPasswordAction": { input: empty, expect: everyone("validation") },
};

export function expected(answer: Answer, role: Role, target: Target): string {
  return typeof answer === "string" ? answer : answer(role, target);
}
