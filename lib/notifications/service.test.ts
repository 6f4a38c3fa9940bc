import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/test/factories";
import { emailPreferences, listNotifications, unreadCount, UNREAD_CAP } from "./queries";
import { markAllRead, markRead, saveEmailPreferences } from "./service";

const data = (number: string) => ({ number, category: "OTHER", locationName: "Test", outboxEventId: "0" });

describe("in-app notifications", () => {
  it("counts unread, marks one or all read, and never touches another person's", async () => {
    const anna = await createUser();
    const other = await createUser();
    const [first, second] = await Promise.all(
      ["R-1", "R-2"].map((number) => db.notification.create({ data: { userId: anna.id, kind: "report_decided", data: data(number) } })),
    );
    const foreign = await db.notification.create({ data: { userId: other.id, kind: "report_decided", data: data("R-3") } });
    expect(await unreadCount(anna.id)).toBe(2);

    expect(await markRead(anna.id, foreign.id)).toEqual({ updated: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();

    const readAt = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;
    expect(await markRead(anna.id, first.id)).toEqual({ updated: 1 });
    expect(await unreadCount(anna.id)).toBe(1);
    // Only the one asked for: the other stays unread.
    const firstReadAt = await readAt(first.id);
    expect(firstReadAt).not.toBeNull();
    expect(await readAt(second.id)).toBeNull();
    const list = await listNotifications(anna);
    expect(list.map((item) => [item.number, item.readAt === null, item.href])).toEqual(
      expect.arrayContaining([["R-1", false, "/reports/R-1"], ["R-2", true, "/reports/R-2"]]),
    );

    expect(await markAllRead(anna.id)).toEqual({ updated: 1 });
    expect(await unreadCount(anna.id)).toBe(0);
    expect(await readAt(second.id)).not.toBeNull();
    // One already read keeps the time it was read.
    expect(await readAt(first.id)).toEqual(firstReadAt);
    expect(await unreadCount(other.id)).toBe(1);
    expect(await readAt(foreign.id)).toBeNull();
  });

  it("caps the bell's count", async () => {
    const busy = await createUser({ role: "SUPERVISOR" });
    await db.notification.createMany({
      data: Array.from({ length: UNREAD_CAP + 5 }, (_, i) => ({ userId: busy.id, kind: "report_submitted", data: data(`R-${i}`) })),
    });
    expect(await unreadCount(busy.id)).toBe(UNREAD_CAP + 1);
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
    expect(Object.keys(await emailPreferences(hr))).toEqual(["report_appealed", "report_overdue"]);
  });
});
