import { describe, expect, it } from "vitest";
import { createLocation, createUser, sessionFor } from "@/test/factories";
import { loadSummary } from "./summary";

const now = new Date("2026-06-15T10:00:00Z");

describe("the printable summary", () => {
  it("names the locations its figures cover: a supervisor's own, the chosen ones, every one for HR; refuses another's", async () => {
    const [mine, other, outside] = [await createLocation("Gdańsk – Długa 1"), await createLocation("Kraków – Rynek 2"), await createLocation("Warszawa – Prosta 3")];
    const supervisor = await sessionFor((await createUser({ role: "SUPERVISOR", supervises: [mine.id, other.id] })).id);
    const hr = await sessionFor((await createUser({ role: "HR" })).id);

    expect((await loadSummary(supervisor, {}, now)).locationNames).toEqual(["Gdańsk – Długa 1", "Kraków – Rynek 2"]);
    expect((await loadSummary(supervisor, { preset: "lastMonth", loc: [mine.id] }, now)).locationNames).toEqual(["Gdańsk – Długa 1"]);
    // A location outside the supervisor's scope makes the filter invalid, as the export refuses it:
    // last month for their own locations, and the page says the filter was not valid.
    const refused = await loadSummary(supervisor, { preset: "lastMonth", loc: [mine.id, outside.id] }, now);
    expect([refused.invalid, refused.locationNames]).toEqual([true, ["Gdańsk – Długa 1", "Kraków – Rynek 2"]]);
    expect((await loadSummary(hr, {}, now)).locationNames).toBeNull();
    expect((await loadSummary(hr, { preset: "lastMonth", loc: outside.id }, now)).locationNames).toEqual(["Warszawa – Prosta 3"]);
  });

  it("stays a summary of last month when the URL is broken, and says so", async () => {
    const hr = await sessionFor((await createUser({ role: "HR" })).id);
    const broken = await loadSummary(hr, { preset: "lastMonth", status: "CLOSED" }, now);
    expect(broken.invalid).toBe(true);
    expect(broken.filter.period).toMatchObject({ fromDay: "2026-05-01", toDay: "2026-05-31" });
    const fine = await loadSummary(hr, {}, now);
    expect(fine.invalid).toBe(false);
    expect(fine.filter.period).toMatchObject({ fromDay: "2026-05-01", toDay: "2026-05-31" });
  });
});
