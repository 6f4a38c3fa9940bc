import { describe, expect, it } from "vitest";
import { retryOutboxEventSchema } from "@/lib/jobs/schemas";
import { bigintIdSchema } from "./ids";

describe("bigint ids", () => {
  it("accepts decimal ids up to PostgreSQL's bigint maximum and refuses the rest as invalid input", () => {
    for (const id of ["1", "42", "9223372036854775807"]) expect(bigintIdSchema.safeParse(id).success).toBe(true);
    for (const id of ["9223372036854775808", "9999999999999999999", "12345678901234567890", "", "-1", "1.5", " 1", "0x10"]) {
      expect(bigintIdSchema.safeParse(id).success).toBe(false);
    }
    // The outbox retry action's input: a too-large id is a validation result, never a query.
    expect(retryOutboxEventSchema.safeParse({ id: "9999999999999999999" }).success).toBe(false);
  });
});
