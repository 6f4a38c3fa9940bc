import { describe, expect, it } from "vitest";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { OWN_REPORTS_PAGE_SIZE, listOwnReports, ownReportsQuerySchema } from "./queries";

describe("listOwnReports paging", () => {
  it("shows the last page for a page past the end, never an empty page next to a non-zero total", async () => {
    const location = await createLocation();
    const author = await createUser({ locations: [location.id] });
    for (let index = 0; index < OWN_REPORTS_PAGE_SIZE + 1; index += 1) await createReport(author.id, location.id);
    const session = await sessionFor(author.id);

    const past = await listOwnReports(session, ownReportsQuerySchema.parse({ page: "9" }));
    expect(past).toMatchObject({ total: OWN_REPORTS_PAGE_SIZE + 1, page: 2, pages: 2 });
    expect(past.reports).toHaveLength(1);

    const last = await listOwnReports(session, ownReportsQuerySchema.parse({ page: "2" }));
    expect(last.reports.map((report) => report.id)).toEqual(past.reports.map((report) => report.id));
    expect((await listOwnReports(session, { page: 1 })).reports).toHaveLength(OWN_REPORTS_PAGE_SIZE);
  });

  it("keeps page 1 for a person with no reports (or none with the status)", async () => {
    const location = await createLocation();
    const author = await createUser({ locations: [location.id] });
    await createReport(author.id, location.id);
    const session = await sessionFor(author.id);

    expect(await listOwnReports(session, { page: 3, status: "WITHDRAWN" })).toEqual({ reports: [], total: 0, page: 1, pages: 1 });
    const filed = await listOwnReports(session, { page: 3, status: "SUBMITTED" });
    expect(filed).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(filed.reports).toHaveLength(1);
  });
});
