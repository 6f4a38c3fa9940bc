import { describe, expect, it } from "vitest";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import { assigneeRole } from "./holder";

describe("assigneeRole", () => {
  it("names the assignee as holder while the report is being reviewed, as decider once decided or appealed, and not at all otherwise", () => {
    const roles = Object.fromEntries(Object.values(ReportStatus).map((status) => [status, assigneeRole(status)]));
    expect(roles).toEqual({
      SUBMITTED: null,
      IN_REVIEW: "holds",
      NEEDS_INFO: "holds",
      JUSTIFIED: "decided",
      NOT_JUSTIFIED: "decided",
      APPEALED: "decided",
      WITHDRAWN: null,
    });
  });
});
