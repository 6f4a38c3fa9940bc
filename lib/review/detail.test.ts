import { describe, expect, it } from "vitest";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { reviewAccess } from "./detail";

describe("who may open a report's review page", () => {
  it("lets its location's reviewers, admins and HR in, sends its own reporter to their page, and tells the rest 403 or 404", async () => {
    const [here, there] = [await createLocation(), await createLocation()];
    const reviewer = await createUser({ role: "SUPERVISOR", supervises: [here.id], locations: [here.id, there.id] });
    const elsewhere = await createUser({ role: "SUPERVISOR", supervises: [there.id] });
    const employee = await createUser({ locations: [here.id] });
    const [admin, hr] = [await createUser({ role: "ADMIN" }), await createUser({ role: "HR" })];
    const report = await createReport(employee.id, here.id);
    // The reviewer's own, filed where they do not review.
    const own = await createReport(reviewer.id, there.id);

    const access = async (userId: string, number: string) => (await reviewAccess(await sessionFor(userId), number)).state;
    expect(await access(reviewer.id, report.number)).toBe("ok");
    expect(await access(admin.id, report.number)).toBe("ok");
    expect(await access(hr.id, report.number)).toBe("ok");
    expect(await access(elsewhere.id, report.number)).toBe("forbidden");
    expect(await reviewAccess(await sessionFor(reviewer.id), own.number)).toEqual({ state: "own", number: own.number });
    expect(await access(elsewhere.id, own.number)).toBe("ok");
    expect(await access(reviewer.id, "R-0000-000000")).toBe("not_found");
  });
});
