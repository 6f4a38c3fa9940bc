import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseFilter, resolveFilter } from "@/lib/dashboard/filters";
import { dashboardTotals } from "@/lib/dashboard/queries";
import { decideReport, reopenReport } from "@/lib/review/decide";
import { listQueue } from "@/lib/review/queue";
import { listOpenAppeals } from "@/lib/review/detail";
import { createLocation, createReport, createUser } from "@/test/factories";
import { decisionInput, reviewFixture } from "@/test/review";
import { escalateOverdueAppeals, escalateOverdueReports } from "./deadline";

const HOUR = 3_600_000;

describe("review deadline", () => {
  it("escalates a report waiting past the deadline once, not on every run, and leaves the others", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    // A deadline of its own, not the shared setting another test file may be changing meanwhile.
    const deadline = 48;
    const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
    const late = await createReport(employee.id, location.id, { createdAt: ago(deadline + 2) });
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [location.id] });
    const lateInReview = await createReport(employee.id, location.id, { createdAt: ago(deadline + 5), status: "IN_REVIEW", assigneeId: supervisor.id });
    const fresh = await createReport(employee.id, location.id, { createdAt: ago(deadline - 1) });
    const waitingForEmployee = await createReport(employee.id, location.id, { createdAt: ago(deadline + 2), status: "NEEDS_INFO" });
    const withdrawn = await createReport(employee.id, location.id, { createdAt: ago(deadline + 2), status: "WITHDRAWN" });
    const decided = await createReport(employee.id, location.id, { createdAt: ago(deadline + 2), status: "JUSTIFIED" });

    const ours = [late, lateInReview, fresh, waitingForEmployee, withdrawn, decided].map((report) => report.id);
    // Overdue events per report of ours (other test files escalate theirs in the same database).
    const perReport = async () => {
      const events = await db.outboxEvent.findMany({
        where: { type: "report.overdue", OR: ours.map((id) => ({ payload: { path: ["reportId"], equals: id } })) },
        select: { payload: true },
      });
      return Object.fromEntries(ours.map((id) => [id, events.filter((event) => (event.payload as { reportId?: string }).reportId === id).length]));
    };
    const expected = { [late.id]: 1, [lateInReview.id]: 1, [waitingForEmployee.id]: 1, [fresh.id]: 0, [decided.id]: 0, [withdrawn.id]: 0 };

    // One batch for the whole backlog: other files leave hundreds of old
    // reports waiting, older than ours, and a run takes the oldest first.
    const run = () => escalateOverdueReports(new Date(), 100_000, deadline);
    const first = await run();
    expect(first.escalated).toBeGreaterThanOrEqual(3);
    expect(await perReport()).toEqual(expected);
    // The second run finds ours already escalated: still one event each.
    // (Its own count says nothing here: other files' reports may fall due meanwhile.)
    await run();
    expect(await perReport()).toEqual(expected);

    const marked = await db.refusalReport.findMany({
      where: { id: { in: [late.id, lateInReview.id, fresh.id] } },
      select: { id: true, overdueNotifiedAt: true, version: true },
    });
    expect(marked.find((r) => r.id === late.id)?.overdueNotifiedAt).not.toBeNull();
    expect(marked.find((r) => r.id === fresh.id)?.overdueNotifiedAt).toBeNull();
    // A reviewer with the report open is not thrown into a conflict by the escalation.
    expect(marked.find((r) => r.id === late.id)?.version).toBe(late.version);
  });

  it("counts a reopened report's deadline from the reopening, and escalates it again once that passes", async () => {
    const deadline = 48;
    const { report, asSupervisor, location, asHr } = await reviewFixture("IN_REVIEW");
    // Filed, and escalated, long ago; then decided.
    await db.refusalReport.update({ where: { id: report.id }, data: { createdAt: new Date(Date.now() - 10 * 24 * HOUR), overdueNotifiedAt: new Date() } });
    await decideReport(asSupervisor, await decisionInput(report.id, report.version));
    await reopenReport(asSupervisor, { reportId: report.id, version: report.version + 1, reason: "Nowe nagranie z monitoringu zmienia ocenę." });
    const reopened = await db.refusalReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(reopened).toMatchObject({ status: "IN_REVIEW", overdueNotifiedAt: null });
    expect(reopened.reopenedAt).not.toBeNull();

    const events = () => db.outboxEvent.count({ where: { type: "report.overdue", payload: { path: ["reportId"], equals: report.id } } });
    await escalateOverdueReports(new Date(), 100_000, deadline);
    expect(await events()).toBe(0);
    // The queue and the dashboard agree: waiting since the reopening, not overdue.
    const row = (await listQueue(asSupervisor, { location: location.id, status: "IN_REVIEW" })).rows.find((r) => r.id === report.id)!;
    expect(row.waitingSince).toEqual(reopened.reopenedAt);
    const filter = resolveFilter(parseFilter({ preset: "last90", loc: location.id }).data!);
    expect((await dashboardTotals(asHr, filter, { deadlineHours: deadline })).overdue).toBe(0);

    const later = new Date(reopened.reopenedAt!.getTime() + (deadline + 1) * HOUR);
    await escalateOverdueReports(later, 100_000, deadline);
    expect(await events()).toBe(1);
    expect((await dashboardTotals(asHr, filter, { now: later, deadlineHours: deadline })).overdue).toBe(1);
  });

  it("lets two scans running at once escalate a report only once", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    const late = await createReport(employee.id, location.id, { createdAt: new Date(Date.now() - 30 * 24 * HOUR) });
    await Promise.all([escalateOverdueReports(), escalateOverdueReports(), escalateOverdueReports()]);
    expect(await db.outboxEvent.count({ where: { type: "report.overdue", payload: { path: ["reportId"], equals: late.id } } })).toBe(1);
  });
  it("escalates an appeal waiting past the deadline once; not a fresh one, nor one already ruled on", async () => {
    const { location, employee, supervisor, asSupervisor, asHr } = await reviewFixture();
    const deadline = 48;
    const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
    // Decided "not justified", then appealed at a given time. Appeal rows are
    // append-only, so the time is set when the row is written, not after.
    const appealed = async (appealedAt: Date, statusAfter: "APPEALED" | "JUSTIFIED" = "APPEALED") => {
      const report = await createReport(employee.id, location.id, { status: "IN_REVIEW", assigneeId: supervisor.id });
      const { decisionId } = await decideReport(asSupervisor, await decisionInput(report.id, report.version));
      await db.appeal.create({ data: { reportId: report.id, decisionId, appellantId: employee.id, reason: "Klient groził mi.", createdAt: appealedAt } });
      await db.refusalReport.update({ where: { id: report.id }, data: { status: statusAfter } });
      return report.id;
    };
    // Past and within any deadline the admin may set (1 to 720 hours): the
    // appeals page below reads the shared setting, which other files change.
    const late = await appealed(ago(721));
    const fresh = await appealed(ago(0.5));
    const ruled = await appealed(ago(721), "JUSTIFIED");
    const ours = [late, fresh, ruled];
    const perReport = async () => {
      const events = await db.outboxEvent.findMany({
        where: { type: "report.appeal_overdue", OR: ours.map((id) => ({ payload: { path: ["reportId"], equals: id } })) },
        select: { payload: true },
      });
      return ours.map((id) => events.filter((event) => (event.payload as { reportId?: string }).reportId === id).length);
    };

    const run = () => escalateOverdueAppeals(new Date(), 100_000, deadline);
    // Three scans at once on the unmarked appeal: one event, not three.
    const scans = await Promise.all([run(), run(), run()]);
    expect(scans.reduce((sum, scan) => sum + scan.escalated, 0)).toBeGreaterThanOrEqual(1);
    expect(await perReport()).toEqual([1, 0, 0]);
    // A later scan finds it marked.
    await run();
    expect(await perReport()).toEqual([1, 0, 0]);
    const marked = await db.refusalReport.findMany({ where: { id: { in: ours } }, select: { id: true, appealOverdueNotifiedAt: true, overdueNotifiedAt: true } });
    expect(Object.fromEntries(marked.map((r) => [r.id, r.appealOverdueNotifiedAt !== null]))).toEqual({ [late]: true, [fresh]: false, [ruled]: false });
    // The first review's escalation is a separate mark: an appeal's does not set it.
    expect(marked.find((r) => r.id === late)?.overdueNotifiedAt).toBeNull();

    // The appeals page marks the late one; the one ruled on is not listed.
    const { appeals } = await listOpenAppeals(asHr);
    const listed = appeals.filter((appeal) => ours.includes(appeal.reportId));
    expect(Object.fromEntries(listed.map((appeal) => [appeal.reportId, appeal.overdue]))).toEqual({ [late]: true, [fresh]: false });
  });
});
