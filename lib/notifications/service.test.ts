import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { emailPreferences, listNotifications, notificationsPage, NOTIFICATIONS_PAGE_SIZE, unreadCount, UNREAD_CAP } from "./queries";
import { markAllRead, markRead, saveEmailPreferences } from "./service";

const data = (number: string) => ({ number, category: "OTHER", locationName: "Test", outboxEventId: "0" });

describe("in-app notifications", () => {
  it("pages the list newest first by keyset, every notification once, those of one instant too", async () => {
    const reader = await sessionFor((await createUser()).id);
    const total = NOTIFICATIONS_PAGE_SIZE + 7;
    // Ten of them at the same instant: the id breaks the tie across the page boundary.
    await db.notification.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        userId: reader.id,
        kind: "report_decided",
        data: data(`R-${i}`),
        createdAt: new Date(Date.UTC(2026, 10, 1, 12, Math.max(0, i - 9))),
      })),
    });
    // A kind this code no longer knows (left by an older version) among them: skipped, without cutting a page short.
    await db.notification.create({ data: { userId: reader.id, kind: "retired_kind", data: data("R-old"), createdAt: new Date(Date.UTC(2026, 10, 1, 12, 30)) } });
    const first = await notificationsPage(reader);
    expect(first.items).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await notificationsPage(reader, first.next!);
    expect(second.items).toHaveLength(7);
    expect(second.next).toBeNull();
    const seen = [...first.items, ...second.items].map((item) => item.number);
    expect(new Set(seen).size).toBe(total);
    const times = [...first.items, ...second.items].map((item) => item.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A damaged cursor is the first page, not an error.
    expect((await notificationsPage(reader, "not-a-cursor")).items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });

  it("counts unread, marks one or all read, and never touches another person's", async () => {
    const anna = await sessionFor((await createUser()).id);
    const other = await sessionFor((await createUser()).id);
    const [first, second] = await Promise.all(
      ["R-1", "R-2"].map((number) => db.notification.create({ data: { userId: anna.id, kind: "report_decided", data: data(number) } })),
    );
    const foreign = await db.notification.create({ data: { userId: other.id, kind: "report_decided", data: data("R-3") } });
    expect(await unreadCount(anna)).toBe(2);

    expect(await markRead(anna.id, foreign.id)).toEqual({ updated: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();

    const readAt = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;
    expect(await markRead(anna.id, first.id)).toEqual({ updated: 1 });
    expect(await unreadCount(anna)).toBe(1);
    // Only the one asked for: the other stays unread.
    const firstReadAt = await readAt(first.id);
    expect(firstReadAt).not.toBeNull();
    expect(await readAt(second.id)).toBeNull();
    const list = await listNotifications(anna);
    expect(list.map((item) => [item.number, item.readAt === null, item.href])).toEqual(
      expect.arrayContaining([["R-1", false, "/reports/R-1"], ["R-2", true, "/reports/R-2"]]),
    );

    expect(await markAllRead(anna)).toEqual({ updated: 1 });
    expect(await unreadCount(anna)).toBe(0);
    expect(await readAt(second.id)).not.toBeNull();
    // One already read keeps the time it was read.
    expect(await readAt(first.id)).toEqual(firstReadAt);
    expect(await unreadCount(other)).toBe(1);
    expect(await readAt(foreign.id)).toBeNull();
  });

  it("caps the bell's count", async () => {
    const busy = await sessionFor((await createUser({ role: "SUPERVISOR" })).id);
    await db.notification.createMany({
      data: Array.from({ length: UNREAD_CAP + 5 }, (_, i) => ({ userId: busy.id, kind: "report_submitted", data: data(`R-${i}`) })),
    });
    expect(await unreadCount(busy)).toBe(UNREAD_CAP + 1);
  });

  it("keeps e-mail preferences per kind, on by default, offering each role only its kinds", async () => {
    const employee = await createUser();
    expect(await emailPreferences(employee)).toEqual({ report_claimed: true, info_requested: true, report_decided: true, report_reopened: true });
    await saveEmailPreferences(employee.id, { email: { report_decided: false } });
    await saveEmailPreferences(employee.id, { email: { info_requested: false } });
    expect(await emailPreferences(employee)).toMatchObject({ report_decided: false, info_requested: false, report_claimed: true });
    await saveEmailPreferences(employee.id, { email: { report_decided: true } });
    expect(await emailPreferences(employee)).toMatchObject({ report_decided: true, info_requested: false });
    const hr = await createUser({ role: "HR" });
    expect(Object.keys(await emailPreferences(hr))).toEqual(["report_appealed", "report_overdue", "appeal_overdue"]);
  });
  it("shows a notification about a report only while its reader may read the report", async () => {
    const [here, there] = [await createLocation(), await createLocation()];
    const reporter = await createUser({ locations: [here.id] });
    const report = await createReport(reporter.id, here.id);
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [here.id, there.id] });
    const hr = await createUser({ role: "HR" });
    const about = (userId: string, number: string, reportId: string | null) =>
      db.notification.create({ data: { userId, kind: reportId ? "report_submitted" : "report_overdue", reportId, data: data(number) } });
    await about(supervisor.id, report.number, report.id);
    await about(supervisor.id, "no-report", null);
    await about(hr.id, report.number, report.id);
    await about(reporter.id, report.number, report.id);
    const shown = async (userId: string) => {
      const reader = await sessionFor(userId);
      return { listed: (await listNotifications(reader)).map((item) => item.number).sort(), unread: await unreadCount(reader) };
    };
    expect(await shown(supervisor.id)).toEqual({ listed: ["no-report", report.number].sort(), unread: 2 });

    // Taken off the location: its report's notification goes from their list
    // and their count; the one about no report stays. HR and the reporter keep theirs.
    await db.supervisorAssignment.delete({ where: { userId_locationId: { userId: supervisor.id, locationId: here.id } } });
    expect(await shown(supervisor.id)).toEqual({ listed: ["no-report"], unread: 1 });
    // "Mark all as read" marks what they can see; the hidden one stays unread.
    expect(await markAllRead(await sessionFor(supervisor.id))).toEqual({ updated: 1 });
    expect(await shown(supervisor.id)).toEqual({ listed: ["no-report"], unread: 0 });
    expect(await shown(hr.id)).toEqual({ listed: [report.number], unread: 1 });
    expect(await shown(reporter.id)).toEqual({ listed: [report.number], unread: 1 });

    // Back on the location, it shows again, unread (it was hidden, not deleted).
    await db.supervisorAssignment.create({ data: { userId: supervisor.id, locationId: here.id } });
    expect(await shown(supervisor.id)).toEqual({ listed: ["no-report", report.number].sort(), unread: 1 });
    // Made an employee (assignment rows kept): hidden again.
    await db.user.update({ where: { id: supervisor.id }, data: { role: "EMPLOYEE" } });
    expect(await shown(supervisor.id)).toEqual({ listed: ["no-report"], unread: 0 });
  });
});
