import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/auth/action";
import { validInput } from "@/test/report-input";
import { forAction } from "./action-schema";
import { fileReportSchema } from "./schema";

describe("the report schema as the action sees it", () => {
  it("passes the same output and the same field messages through", () => {
    const schema = forAction(fileReportSchema);
    const ok = schema.safeParse(validInput({ witnesses: "  " }));
    expect(ok.success && ok.data.occurredAt instanceof Date && ok.data.witnesses === null).toBe(true);

    const bad = schema.safeParse(validInput({ narrative: "krótko", reasonsExplained: undefined, aggressionKinds: ["SHOUTING"], status: "JUSTIFIED" }));
    expect(bad.success).toBe(false);
    const fields = fieldErrorsOf(bad.error!);
    expect(fields.narrative).toEqual(["errors.narrativeTooShort"]);
    expect(fields.reasonsExplained).toEqual(["errors.chooseYesNo"]);
    expect(fields["aggressionKinds.0"]).toEqual(["errors.invalid"]);
    expect(Object.keys(fields)).toContain("_form");
  });
});
