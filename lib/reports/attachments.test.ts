import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { addAttachment, attachmentResponse, readAttachment } from "./attachments";

const photo = (color: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Make: "PhoneCam" } })
    .toBuffer();

async function fixture() {
  const location = await createLocation();
  const reporter = await createUser({ locations: [location.id] });
  const report = await createReport(reporter.id, location.id);
  return { location, report, reporter: await sessionFor(reporter.id) };
}

describe("report attachments", () => {
  it("stores a cleaned photo once per content, with an audit event, up to five", async () => {
    const { report, reporter } = await fixture();
    const first = await addAttachment(reporter, report.number, { name: "szyba.jpg", bytes: await photo("#100") });
    expect(first.created).toBe(true);
    const retry = await addAttachment(reporter, report.number, { name: "szyba.jpg", bytes: await photo("#100") });
    expect(retry).toEqual({ id: first.id, created: false });
    for (const color of ["#200", "#300", "#400", "#500"]) {
      await addAttachment(reporter, report.number, { name: `${color}.jpg`, bytes: await photo(color) });
    }
    await expect(addAttachment(reporter, report.number, { name: "six.jpg", bytes: await photo("#600") })).rejects.toMatchObject({
      code: "conflict",
      message: "errors.tooManyFiles",
    });
    expect(await db.attachment.count({ where: { reportId: report.id } })).toBe(5);
    const stored = await db.attachment.findUniqueOrThrow({ where: { id: first.id } });
    expect(Buffer.from(stored.data).includes(Buffer.from("PhoneCam"))).toBe(false);
    expect(await db.auditEvent.count({ where: { reportId: report.id, action: "report.attachment_added" } })).toBe(5);
  }, 90_000);

  it("lets parallel uploads never pass the limit", async () => {
    const { report, reporter } = await fixture();
    const colors = ["#a00", "#b00", "#c00", "#d00", "#e00", "#f00", "#0a0", "#0b0"];
    const bytes = await Promise.all(colors.map(photo));
    const results = await Promise.allSettled(bytes.map((b, i) => addAttachment(reporter, report.number, { name: `${i}.jpg`, bytes: b })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    // Each of the other three is refused for the limit, not for anything else (a lock timeout, a duplicate).
    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(refusals).toEqual(Array(3).fill(expect.objectContaining({ code: "conflict", message: "errors.tooManyFiles" })));
    expect(await db.attachment.count({ where: { reportId: report.id } })).toBe(5);
  }, 90_000);

  it("serves files only within the report's read scope, with safe headers", async () => {
    const { location, report, reporter } = await fixture();
    const { id } = await addAttachment(reporter, report.number, { name: "zdjęcie.jpg", bytes: await photo("#123") });
    const colleague = await sessionFor((await createUser({ locations: [location.id] })).id);
    const supervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [location.id] })).id);

    expect(await readAttachment(colleague, report.number, id, "original")).toBeNull();
    expect(await readAttachment(colleague, report.number, id, "thumbnail")).toBeNull();
    // The id alone is not enough: it must belong to the report named in the URL.
    const otherReport = await createReport(colleague.id, location.id);
    expect(await readAttachment(colleague, otherReport.number, id, "original")).toBeNull();

    const forSupervisor = await readAttachment(supervisor, report.number, id, "thumbnail");
    expect(forSupervisor?.mimeType).toBe("image/webp");
    const own = await readAttachment(reporter, report.number, id, "original");
    const response = attachmentResponse(own!);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="zdj_cie.jpg"; filename*=UTF-8''zdj%C4%99cie.jpg`);
  });

  it("accepts evidence only from the reporter, and only while the report is open to them", async () => {
    const { location, report, reporter } = await fixture();
    const supervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [location.id] })).id);
    await expect(addAttachment(supervisor, report.number, { name: "a.jpg", bytes: await photo("#111") })).rejects.toMatchObject({ code: "not_found" });
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "IN_REVIEW", assigneeId: supervisor.id, firstClaimedAt: new Date() } });
    await expect(addAttachment(reporter, report.number, { name: "a.jpg", bytes: await photo("#111") })).rejects.toMatchObject({
      code: "conflict",
      message: "errors.attachmentsClosed",
    });
    // Asked for more, the reporter may add some.
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "NEEDS_INFO" } });
    await expect(addAttachment(reporter, report.number, { name: "a.jpg", bytes: await photo("#111") })).resolves.toMatchObject({ created: true });
    // Released back to the queue after the review began: closed, as corrections are (reporterMayChange).
    await db.refusalReport.update({ where: { id: report.id }, data: { status: "SUBMITTED", assigneeId: null } });
    await expect(addAttachment(reporter, report.number, { name: "b.jpg", bytes: await photo("#222") })).rejects.toMatchObject({
      code: "conflict",
      message: "errors.attachmentsClosed",
    });
    expect(await db.attachment.count({ where: { reportId: report.id } })).toBe(1);
  });
});
