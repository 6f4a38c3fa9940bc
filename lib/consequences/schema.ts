import { z } from "zod";
import { ConsequenceKind } from "@/lib/generated/prisma/enums";
import { isStorableText } from "@/lib/validation/text";

export const CONSEQUENCE_KINDS = Object.values(ConsequenceKind);
/** "Nothing followed" can be said only once this much time has passed since the incident. */
export const QUIET_PERIOD_DAYS = 30;

export const recordConsequenceSchema = z
  .object({
    reportId: z.uuid(),
    kind: z.enum(ConsequenceKind),
    note: z
      .string()
      .trim()
      .max(1000, "too_long")
      .refine(isStorableText, "invalid")
      .optional()
      .transform((value) => (value ? value : null)),
  })
  .strict();

export type RecordConsequenceInput = z.input<typeof recordConsequenceSchema>;
