import "server-only";
import { z } from "zod";
import * as zm from "zod/mini";

/**
 * guardedAction takes a classic zod schema; the report schemas are zod/mini
 * (small in the form's bundle). This wraps one without restating a rule: the
 * mini schema parses, its issues (paths and message keys) pass through as
 * they are.
 */
export function forAction<Schema extends zm.ZodMiniType>(schema: Schema) {
  return z.unknown().transform((input, ctx): zm.output<Schema> => {
    const result = zm.safeParse(schema, input);
    if (result.success) return result.data as zm.output<Schema>;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message, input: issue.input });
    }
    return z.NEVER;
  });
}
