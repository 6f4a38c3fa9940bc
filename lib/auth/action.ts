import "server-only";
import { ZodError, type z } from "zod";
import { AppError, isDatabaseUnavailable } from "@/lib/errors";
import { requireActor, type SessionUser } from "./guard";
import type { Permission } from "./permissions";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppError["code"] | "unexpected";
      message: string;
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, string>;
    };

/** zod issues → { field: [messages] }, keyed by the dotted path. */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/**
 * safeParse that never throws: zod's length checks run even after a type
 * error, and an object without a prototype in place of a string makes them
 * throw (found by the schema fuzzing suite). Such input is invalid input.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.ZodSafeParseResult<z.output<Schema>> {
  try {
    return schema.safeParse(input);
  } catch {
    const issue = { code: "custom" as const, path: [], message: "validation", input };
    return { success: false, error: new ZodError([issue]) } as z.ZodSafeParseResult<z.output<Schema>>;
  }
}

/**
 * Every Server Action goes through this: it resolves the session, checks the
 * permission, validates the input with the shared zod schema and turns
 * expected failures into a result the form can show. Anything unexpected is
 * logged and becomes a generic message.
 */
export function guardedAction<Schema extends z.ZodType, Result>(
  permission: Permission | null,
  schema: Schema,
  handler: (user: SessionUser, input: z.output<Schema>) => Promise<Result>,
) {
  return async (input: unknown): Promise<ActionResult<Result>> => {
    try {
      const user = await requireActor(permission ?? undefined);
      const parsed = parseInput(schema, input);
      if (!parsed.success) {
        return { ok: false, code: "validation", message: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
      }
      return { ok: true, data: await handler(user, parsed.data) };
    } catch (error) {
      return failureOf(error);
    }
  };
}

function failureOf(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
  }
  if (isDatabaseUnavailable(error)) {
    return { ok: false, code: "unavailable", message: "unavailable" };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, code: "unexpected", message: "unexpected" };
}

/**
 * For the few actions a signed-out visitor may call (choosing a language on
 * the sign-in page). Same validation and error handling, no session needed.
 */
export function publicAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Result>,
) {
  return async (input: unknown): Promise<ActionResult<Result>> => {
    const parsed = parseInput(schema, input);
    if (!parsed.success) {
      return { ok: false, code: "validation", message: "validation", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      return failureOf(error);
    }
  };
}
