import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser } from "@/test/factories";
import { sendNotificationMail } from "./send";
import type { MailMessage, Mailer } from "./transport";

/** A mailer that keeps what it is given: the test is about whether a mail goes out, not how. */
function keepingMailer() {
  const sent: MailMessage[] = [];
  const mailer: Mailer = { target: "test", send: async (message) => void sent.push(message) };
  return { mailer, sent };
}

describe("a notification mail when its job runs", () => {
  it("goes to a supervisor still on the location, and not to one taken off it (or made an employee) since the notification", async () => {
    const location = await createLocation();
    const employee = await createUser({ locations: [location.id] });
    const [stays, removed, demoted] = await Promise.all([0, 1, 2].map(() => createUser({ role: "SUPERVISOR", supervises: [location.id] })));
    const report = await createReport(employee.id, location.id);
    const data = { number: report.number, category: report.category, locationName: location.name, outboxEventId: "0" };
    const [forStays, forRemoved, forDemoted] = await Promise.all(
      [stays, removed, demoted].map((user) => db.notification.create({ data: { userId: user.id, kind: "report_submitted", reportId: report.id, data } })),
    );
    await db.supervisorAssignment.deleteMany({ where: { userId: removed.id } });
    await db.user.update({ where: { id: demoted.id }, data: { role: "EMPLOYEE" } });

    const { mailer, sent } = keepingMailer();
    expect(await sendNotificationMail(mailer, "http://app.test", forStays.id)).toBe("sent");
    expect(await sendNotificationMail(mailer, "http://app.test", forRemoved.id)).toBe("skipped");
    expect(await sendNotificationMail(mailer, "http://app.test", forDemoted.id)).toBe("skipped");
    expect(sent.map((mail) => mail.to)).toEqual([stays.email]);
  });
});
