import { describe, expect, it } from "vitest";
import { flattenAuditData, idsIn, readableExportFilter } from "./details";

describe("audit details", () => {
  it("walks an edit's before and then its after into one line per value, lists of plain values kept as lists", () => {
    const location = "0b6f1f6e-4a8c-4c59-9a49-3d7c2b1e5f00";
    // In jsonb's order, shortest key first, as the database returns it.
    const details = flattenAuditData({
      rows: [{ a: 1 }],
      after: { name: "Anna K.", role: "SUPERVISOR", locationIds: [] },
      linked: false,
      cutoff: null,
      before: { name: "Anna", role: "EMPLOYEE", locationIds: [location] },
      releasedReports: 2,
    });
    expect(details).toEqual([
      { path: ["before", "name"], value: "Anna" },
      { path: ["before", "role"], value: "EMPLOYEE" },
      { path: ["before", "locationIds"], value: [location] },
      { path: ["after", "name"], value: "Anna K." },
      { path: ["after", "role"], value: "SUPERVISOR" },
      { path: ["after", "locationIds"], value: [] },
      { path: ["rows"], value: '[{"a":1}]' },
      { path: ["linked"], value: false },
      { path: ["cutoff"], value: null },
      { path: ["releasedReports"], value: 2 },
    ]);
    expect(idsIn(details)).toEqual([location]);
  });

  it("shows only what an edit changed: values equal before and after are left out of both", () => {
    const details = flattenAuditData({
      code: "NO_ID",
      before: { id: "r1", labelEn: "No ID", sortOrder: 10, active: true, locationIds: ["b", "a"] },
      after: { id: "r1", labelEn: "No ID shown", sortOrder: 10, active: false, locationIds: ["a", "b"] },
    });
    expect(details).toEqual([
      { path: ["before", "labelEn"], value: "No ID" },
      { path: ["before", "active"], value: true },
      { path: ["after", "labelEn"], value: "No ID shown" },
      { path: ["after", "active"], value: false },
      { path: ["code"], value: "NO_ID" },
    ]);
  });

  it("has no lines for an event without data, and one for a plain value", () => {
    expect(flattenAuditData(null)).toEqual([]);
    expect(flattenAuditData(undefined)).toEqual([]);
    expect(flattenAuditData("note")).toEqual([{ path: [], value: "note" }]);
  });

  it("reads an export's filter as what it narrowed to, without the dates and preset the event records beside it", () => {
    const location = "0b6f1f6e-4a8c-4c59-9a49-3d7c2b1e5f00";
    const data = {
      filter: `preset=custom&from=2026-11-01&to=2026-11-27&loc=${location}&cat=SAFETY_BREACH&cat=OTHER&outcome=UNDECIDED&status=SUBMITTED`,
      from: "2026-11-01",
      to: "2026-11-27",
      rowCount: 12,
    };
    const details = flattenAuditData(readableExportFilter(data));
    // The period first, as every event's "from" and "to" come first.
    expect(details).toEqual([
      { path: ["from"], value: "2026-11-01" },
      { path: ["to"], value: "2026-11-27" },
      { path: ["filter", "loc"], value: [location] },
      { path: ["filter", "cat"], value: ["SAFETY_BREACH", "OTHER"] },
      { path: ["filter", "outcome"], value: "UNDECIDED" },
      { path: ["filter", "status"], value: ["SUBMITTED"] },
      { path: ["rowCount"], value: 12 },
    ]);
    expect(idsIn(details)).toEqual([location]);
    // Nothing narrowed: one "none" line; data of another shape is left as it is.
    expect(flattenAuditData(readableExportFilter({ filter: "preset=thisMonth", rowCount: 3 }))).toEqual([
      { path: ["filter"], value: null },
      { path: ["rowCount"], value: 3 },
    ]);
    expect(readableExportFilter({ filter: ["x"] })).toEqual({ filter: ["x"] });
    expect(readableExportFilter(null)).toBeNull();
  });
});
