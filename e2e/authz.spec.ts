// Authorization matrix over real HTTP against `next start` (issue 9): every
// page, route handler and Server Action × 8 roles × 4 targets, each answer
// checked against e2e/authz/expectations.ts. Prints the size and the leaks.
import { createHash, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";
import { declaredActions, discoveredActions, discoveredPages, discoveredRoutes } from "./authz/discover";
import { ACTIONS, PAGES, REASONS, ROLES, ROUTES, TARGETS, expected, isRefusal, type Role, type Target, type TargetReport } from "./authz/expectations";
import { callAction, cloneDemoEmployee, database, pageAnswer, routeAnswer, signInCookie } from "./authz/http";

const ACCOUNTS: Record<Exclude<Role, "signedOut" | "deactivated">, string> = {
  employee: "anna.kowalska@firma.example",
  coworker: "piotr.nowak@firma.example",
  supervisor: "katarzyna.zielinska@firma.example",
  otherSupervisor: "marek.szymanski@firma.example",
  hr: "joanna.dabrowska@firma.example",
  admin: "admin@firma.example",
};

const db = database();
const cookies = {} as Record<Role, string | null>;
const targets = {} as Record<Target, TargetReport>;

async function insertReport(reporterEmail: string, locationCode: string): Promise<TargetReport> {
  const { rows } = await db.query(
    `select u.id as "reporterId", l.id as "locationId" from "User" u, "Location" l where u.email = $1 and l.code = $2`,
    [reporterEmail, locationCode],
  );
  const id = randomUUID();
  const number = `R-AUTHZ-${id.slice(0, 8)}`;
  await db.query(
    `insert into "RefusalReport" (id, number, "idempotencyKey", "reporterId", "locationId", "occurredAt", category, "aggressionKinds",
       narrative, "customerRequest", "reasonsExplained", "alternativeOffered", "updatedAt")
     values ($1, $2, $3, $4, $5, now(), 'UNLAWFUL_REQUEST', '{}', 'Raport do macierzy uprawnień.', 'Sonda.', true, false, now())`,
    [id, number, randomUUID(), rows[0].reporterId, rows[0].locationId],
  );
  // One evidence file, for the download route's cells.
  const attachmentId = randomUUID();
  const bytes = Buffer.from("%PDF-1.4\n% Sonda macierzy uprawnień\n%%EOF\n");
  await db.query(
    `insert into "Attachment" (id, "reportId", "uploaderId", "fileName", "mimeType", size, sha256, data)
     values ($1, $2, $3, 'sonda.pdf', 'application/pdf', $4, $5, $6)`,
    [attachmentId, id, rows[0].reporterId, bytes.length, createHash("sha256").update(bytes).digest("hex"), bytes],
  );
  return { id, number, ...rows[0], attachmentId };
}

test.beforeAll(async () => {
  targets.own = await insertReport(ACCOUNTS.employee, "WAW-01");
  targets.sameLocation = await insertReport(ACCOUNTS.coworker, "WAW-01");
  targets.otherLocation = await insertReport("magdalena.kaminska@firma.example", "GDN-01");
  targets.missing = { id: randomUUID(), number: "R-2099-999999", locationId: randomUUID(), reporterId: randomUUID(), attachmentId: randomUUID() };

  for (const outcome of ["JUSTIFIED", "NOT_JUSTIFIED"] as const) {
    const reason = await db.query(`select id from "DecisionReason" where outcome = $1 and active order by "sortOrder" limit 1`, [outcome]);
    REASONS[outcome] = reason.rows[0].id;
  }
  cookies.signedOut = null;
  for (const [role, email] of Object.entries(ACCOUNTS)) cookies[role as Role] = await signInCookie(email, DEMO_PASSWORD);
  // A Warszawa employee with Anna's password hash, deactivated after signing in.
  const email = `deactivated-${randomUUID().slice(0, 8)}@firma.example`;
  const deactivatedId = await cloneDemoEmployee(db, email, "Dezaktywowany Pracownik");
  await db.query(`insert into "UserLocation" ("userId", "locationId") select $1, id from "Location" where code = 'WAW-01'`, [deactivatedId]);
  cookies.deactivated = await signInCookie(email, DEMO_PASSWORD);
  await db.query(`update "User" set active = false, "deactivatedAt" = now() where id = $1`, [deactivatedId]);
});

test.afterAll(async () => {
  await db.end();
});

test("every page, route handler and Server Action is in the matrix", () => {
  expect(discoveredPages()).toEqual(Object.keys(PAGES).sort());
  expect(discoveredRoutes()).toEqual(Object.keys(ROUTES).sort());
  const built = discoveredActions().map((a) => a.key);
  expect(built.filter((key) => !(key in ACTIONS)), "Server Actions missing from e2e/authz/expectations.ts").toEqual([]);
  expect(declaredActions()).toEqual(Object.keys(ACTIONS).sort());
});

function fill(route: string, target: TargetReport): string {
  return route
    .replace("[number]", encodeURIComponent(target.number))
    .replace("[id]", target === targets.missing ? randomUUID() : target.reporterId)
    .replace("[token]", "a".repeat(43));
}

interface Cell {
  kind: "page" | "route" | "action";
  name: string;
  role: Role;
  target: Target;
  run: () => Promise<string>;
  want: string;
}

test("the matrix: each role gets exactly the expected answer for each target", async () => {
  test.setTimeout(600_000);
  const actions = discoveredActions();
  const cells: Cell[] = [];
  for (const role of ROLES) {
    for (const target of TARGETS) {
      const report = targets[target];
      const cookie = cookies[role];
      for (const [name, answer] of Object.entries(PAGES)) {
        cells.push({ kind: "page", name, role, target, want: expected(answer, role, target), run: () => pageAnswer(fill(name, report), cookie) });
      }
      for (const [name, probe] of Object.entries(ROUTES)) {
        const method = name.split(" ")[0];
        cells.push({
          kind: "route", name, role, target, want: expected(probe.expect, role, target),
          run: () => routeAnswer(method, probe.path(report), cookie, probe.body),
        });
      }
      for (const built of actions) {
        const probe = ACTIONS[built.key];
        cells.push({
          kind: "action", name: built.key, role, target, want: expected(probe.expect, role, target),
          run: async () => (await callAction(built.id, fill(built.worker, report), probe.input(report), cookie)).answer,
        });
      }
    }
  }

  const mismatches: string[] = [];
  let leaks = 0;
  const queue = [...cells];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let cell = queue.shift(); cell; cell = queue.shift()) {
        const got = await cell.run();
        if (got === cell.want) continue;
        if (isRefusal(cell.want) && !isRefusal(got)) leaks += 1;
        mismatches.push(`${cell.kind} ${cell.name} as ${cell.role} on ${cell.target}: expected ${cell.want}, got ${got}`);
      }
    }),
  );
  const entries = Object.keys(PAGES).length + Object.keys(ROUTES).length + actions.length;
  const summary = `authorization matrix: ${entries} entries (${Object.keys(PAGES).length} pages, ${Object.keys(ROUTES).length} route handlers, ${actions.length} Server Actions) × ${ROLES.length} roles × ${TARGETS.length} targets = ${cells.length} checks; leaks: ${leaks}; mismatches: ${mismatches.length}`;
  console.log(summary);
  test.info().annotations.push({ type: "summary", description: summary });
  expect(mismatches.sort()).toEqual([]);
  expect(leaks).toBe(0);
  expect(cells.length).toBe(entries * ROLES.length * TARGETS.length);
});

test("the reporter's probe really reaches the service: a fresh version withdraws the own report", async () => {
  // Guards against a matrix that passes because every action call failed the same way.
  const withdraw = discoveredActions().find((a) => a.key.endsWith("#withdrawReportAction"))!;
  const { rows } = await db.query(`select version from "RefusalReport" where id = $1`, [targets.own.id]);
  const other = await callAction(withdraw.id, "/reports", { reportId: targets.own.id, expectedVersion: rows[0].version, reason: null }, cookies.coworker);
  expect(other.answer).toBe("not_found");
  const own = await callAction(withdraw.id, "/reports", { reportId: targets.own.id, expectedVersion: rows[0].version, reason: null }, cookies.employee);
  expect(own.answer).toBe("ok");
  const after = await db.query(`select status from "RefusalReport" where id = $1`, [targets.own.id]);
  expect(after.rows[0].status).toBe("WITHDRAWN");
});
