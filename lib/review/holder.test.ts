import { describe, expect, it } from "vitest";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import { decisionStands } from "@/lib/reports/transitions";
import { heldByAssignee } from "./holder";

describe("who a report page names", () => {
  it("names the assignee as holder while the report is being reviewed, and who decided once decided or appealed", () => {
    const named = Object.fromEntries(Object.values(ReportStatus).map((status) => [status, [heldByAssignee(status), decisionStands(status)]]));
    expect(named).toEqual({
      SUBMITTED: [false, false],
      IN_REVIEW: [true, false],
      NEEDS_INFO: [true, false],
      JUSTIFIED: [false, true],
      NOT_JUSTIFIED: [false, true],
      APPEALED: [false, true],
      WITHDRAWN: [false, false],
    });
  });
});
