import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { readableReportsWhere, reviewableReportsWhere } from "./access";

describe("report access scope", () => {
  it("lets each role read exactly the reports it should", async () => {
    const [here, there] = [await createLocation(), await createLocation()];
    const author = await createUser({ locations: [here.id] });
    const colleague = await createUser({ locations: [here.id] });
    const supervisorHere = await createUser({ role: "SUPERVISOR", locations: [here.id], supervises: [here.id] });
    const supervisorThere = await createUser({ role: "SUPERVISOR", supervises: [there.id] });
    const hr = await createUser({ role: "HR" });
    const own = await createReport(author.id, here.id);
    const elsewhere = await createReport(colleague.id, there.id);
    const ids = [own.id, elsewhere.id];

    const visible = async (userId: string, scope: typeof reviewableReportsWhere = readableReportsWhere) => {
      const session = await sessionFor(userId);
      const rows = await db.refusalReport.findMany({ where: { AND: [scope(session), { id: { in: ids } }] }, select: { id: true } });
      return rows.map((row) => row.id).sort();
    };

    expect(await visible(author.id)).toEqual([own.id]);
    expect(await visible(colleague.id)).toEqual([elsewhere.id]);
    expect(await visible(supervisorHere.id)).toEqual([own.id]);
    expect(await visible(supervisorThere.id)).toEqual([elsewhere.id]);
    expect(await visible(hr.id)).toEqual([...ids].sort());

    expect(await visible(supervisorHere.id, reviewableReportsWhere)).toEqual([own.id]);
    expect(await visible(author.id, reviewableReportsWhere)).toEqual([]);
    expect(await visible(hr.id, reviewableReportsWhere)).toEqual([]);
  });
});
