import { describe, expect, it } from "vitest";
import { replayReport } from "./replay";

describe("audit replay", () => {
  it("folds a legal history into its status and version", () => {
    expect(
      replayReport([
        { action: "report.submitted", fromStatus: null, toStatus: "SUBMITTED" },
        { action: "report.claimed", fromStatus: "SUBMITTED", toStatus: "IN_REVIEW" },
        { action: "export.csv", fromStatus: null, toStatus: null },
        { action: "report.decided", fromStatus: "IN_REVIEW", toStatus: "NOT_JUSTIFIED" },
        { action: "report.appealed", fromStatus: "NOT_JUSTIFIED", toStatus: "APPEALED" },
      ]),
    ).toEqual({ status: "APPEALED", version: 4, illegal: [] });
  });

  it("flags a step that does not follow from the one before", () => {
    const replayed = replayReport([
      { action: "report.submitted", fromStatus: null, toStatus: "SUBMITTED" },
      { action: "report.claimed", fromStatus: "SUBMITTED", toStatus: "IN_REVIEW" },
      { action: "report.claimed", fromStatus: "SUBMITTED", toStatus: "IN_REVIEW" },
      { action: "report.decided", fromStatus: "IN_REVIEW", toStatus: "WITHDRAWN" },
    ]);
    expect(replayed.illegal).toHaveLength(2);
    expect(replayed.status).toBe("WITHDRAWN");
  });
});
