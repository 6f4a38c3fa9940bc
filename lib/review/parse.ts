import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";

/**
 * Services validate their own input with the shared schema (the Server Action
 * wrapper does too; a service may also be called from elsewhere, e.g. tests).
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "validation", fieldErrorsOf(parsed.error));
  return parsed.data;
}
