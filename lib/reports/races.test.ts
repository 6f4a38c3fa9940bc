// Concurrency (issue 9): several sessions race claims, questions, answers,
// decisions, reopen, appeals, edits and withdrawals on the same reports. Every
// refused attempt is an expected conflict; the final state is always legal and
// the audit log alone replays to it exactly (status and version).
import { describe, expect, it } from "vitest";
import { replayReport } from "@/lib/audit/replay";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { createLocation, createUser, sessionFor } from "@/test/factories";
import { prng } from "@/test/prng";
import { validInput } from "@/test/report-input";
import { answerQuestion, editReport, withdrawReport } from "./changes";
import { fileReport } from "./filing";
import { applyTransition, type TransitionName } from "./lifecycle";
import { editReportSchema, fileReportSchema } from "./schema";

// Every racing transaction gets its own connection (the default pool would queue them).
process.env.DB_POOL_MAX = "60";
process.env.DB_CONNECT_TIMEOUT_MS = "120000";

const REPORTS = Number(process.env.RACE_REPORTS ?? 12);
const PHASES = Number(process.env.RACE_PHASES ?? 8);
const LEGAL: ReportStatus[] = ["SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "JUSTIFIED", "NOT_JUSTIFIED", "APPEALED", "WITHDRAWN"];

type Seen = { id: string; version: number };
type Op = (seen: Seen) => Promise<unknown>;

// What the services write beside the status (lib/review/workflow.ts); the
// database refuses a report in review with no holder, or queued with one.
const PATCHES: Partial<Record<TransitionName, (reviewer: SessionUser) => Prisma.RefusalReportUncheckedUpdateManyInput>> = {
  claim: (reviewer) => ({ assigneeId: reviewer.id, claimedAt: new Date() }),
  release: () => ({ assigneeId: null, claimedAt: null }),
};

function reviewerOp(reviewer: SessionUser, transition: TransitionName, to?: ReportStatus): Op {
  return (seen) =>
    db.$transaction((tx) =>
      applyTransition(tx, {
        reportId: seen.id,
        expectedVersion: seen.version,
        transition,
        actorId: reviewer.id,
        to,
        patch: PATCHES[transition]?.(reviewer),
      }),
    );
}

describe("racing sessions on the same reports", () => {
  it(`${REPORTS} reports × ${PHASES} rounds of 4 racing sessions end in legal states the audit log replays exactly`, async () => {
    const location = await createLocation();
    const reporter = await sessionFor((await createUser({ locations: [location.id] })).id);
    const reviewers = await Promise.all(
      [0, 1, 2].map(async () => sessionFor((await createUser({ role: "SUPERVISOR", supervises: [location.id] })).id)),
    );
    const random = prng(0x9e3779b9);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];

    const reporterOps: Op[] = [
      (seen) => answerQuestion(reporter, { reportId: seen.id, expectedVersion: seen.version, body: "Odpowiedź w wyścigu." }),
      (seen) => withdrawReport(reporter, { reportId: seen.id, expectedVersion: seen.version, reason: null }),
      (seen) => {
        const { idempotencyKey: _, ...fields } = validInput({ locationId: location.id, narrative: "Poprawiony opis w wyścigu." });
        return editReport(reporter, editReportSchema.parse({ ...fields, reportId: seen.id, expectedVersion: seen.version }));
      },
      (seen) => db.$transaction((tx) => applyTransition(tx, { reportId: seen.id, expectedVersion: seen.version, transition: "appeal", actorId: reporter.id })),
    ];
    const reviewerOps = (reviewer: SessionUser): Op[] => [
      reviewerOp(reviewer, "claim"),
      reviewerOp(reviewer, "release"),
      reviewerOp(reviewer, "requestInfo"),
      reviewerOp(reviewer, "decide", "JUSTIFIED"),
      reviewerOp(reviewer, "decide", "NOT_JUSTIFIED"),
      reviewerOp(reviewer, "reopen"),
      reviewerOp(reviewer, "resolveAppeal", "JUSTIFIED"),
      reviewerOp(reviewer, "resolveAppeal", "NOT_JUSTIFIED"),
    ];

    const reports = await Promise.all(
      Array.from({ length: REPORTS }, () => fileReport(reporter, fileReportSchema.parse(validInput({ locationId: location.id })))),
    );
    let races = 0;
    let succeeded = 0;
    let answers = 0;
    const unexpected: unknown[] = [];
    for (let phase = 0; phase < PHASES; phase++) {
      const seen = await db.refusalReport.findMany({ where: { id: { in: reports.map((r) => r.id) } }, select: { id: true, version: true } });
      const attempts = seen.flatMap((report) => {
        races += 1;
        const answerOp = reporterOps[0];
        const chosen = [pick(reporterOps), ...reviewers.map((reviewer) => pick(reviewerOps(reviewer)))];
        return chosen.map(async (op) => {
          try {
            await op(report);
            succeeded += 1;
            if (op === answerOp) answers += 1;
          } catch (error) {
            // A conflict is the expected loss of a race; a busy database (503, retried by the
            // person) may happen on a loaded machine. Anything else is a bug.
            const expectedRefusal =
              (error instanceof AppError && (error.code === "conflict" || error.code === "not_found")) || isDatabaseUnavailable(error);
            if (!expectedRefusal) unexpected.push(error);
          }
        });
      });
      await Promise.all(attempts);
    }

    expect(unexpected).toEqual([]);
    let illegalStates = 0;
    for (const { id } of reports) {
      const report = await db.refusalReport.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
      const events = await db.auditEvent.findMany({ where: { reportId: id }, orderBy: { id: "asc" }, select: { action: true, fromStatus: true, toStatus: true } });
      const replayed = replayReport(events);
      if (!LEGAL.includes(report.status) || replayed.illegal.length > 0) illegalStates += 1;
      expect(replayed.illegal).toEqual([]);
      expect({ status: replayed.status, version: replayed.version }).toEqual({ status: report.status, version: report.version });
    }
    // A refused answer leaves no message behind: messages and successful answers match.
    const storedAnswers = await db.reportMessage.count({ where: { reportId: { in: reports.map((r) => r.id) }, kind: "ANSWER" } });
    expect(storedAnswers).toBe(answers);
    expect(succeeded).toBeGreaterThan(REPORTS);
    console.log(`races: ${races} rounds of 4 concurrent sessions, ${succeeded} transitions won, ${races * 4 - succeeded} refused, illegal states: ${illegalStates}`);
    expect(illegalStates).toBe(0);
  }, 300_000);
});
