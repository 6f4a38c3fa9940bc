"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { announceDone } from "@/components/ui/announce";
import { useFocusBackAfter } from "@/components/ui/focus-back";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";
import type { ActionResult } from "@/lib/auth/action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;
type Translate = ReturnType<typeof useTranslations<"reports">>;
/** The action's schema (a zod/mini schema: the full zod would weigh on the page). */
type Checks = { safeParse(input: unknown): { success: boolean; error?: { issues: readonly { message: string }[] } } };

/**
 * What the reporter's small forms (answer, withdraw) say when their check or
 * the server refuses: a conflict or an ended session in their own words, as
 * the filing and review forms do (an ended session said "something went
 * wrong", and a retry could never work), else the field's message, else
 * "unexpected".
 */
function failureMessage(t: Translate, failure: Failure, field: string): string {
  if (failure.code === "conflict") return t("errors.conflict");
  if (failure.code === "unauthenticated") return t("errors.unauthenticated");
  return messageFor(t, failure.fieldErrors?.[field]?.[0]);
}

/** The schema's message keys ("errors.tooLong") are the catalogue's, unknown to its types. */
function messageFor(t: Translate, key: string | undefined): string {
  return key && t.has(key as never) ? t(key as never) : t("errors.unexpected");
}

/**
 * One of the reporter's small forms on their report: checks the input with
 * the action's schema, sends it, and on success announces `done`, runs
 * `onDone` and refreshes the page. A refusal is one message: `invalid` when
 * it is about the form's one field (which then takes the focus), else about
 * the attempt (a conflict, an ended session, no connection), the used button
 * keeping the focus. The typed text stays, as it is the caller's state.
 */
export function useReporterAction<Input>({
  schema,
  action,
  field,
  done,
  onDone,
}: {
  schema: Checks;
  action: (input: Input) => Promise<ActionResult<unknown>>;
  field: string;
  done: string;
  onDone?: () => void;
}) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [error, setError] = useState<{ message: string; invalid: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // Focus follows failed submits, not the message: the same refusal twice must move it again.
  const [failures, setFailures] = useState(0);
  useFocusFirstInvalidField(formRef, failures);
  // Gone from the refreshed page (the question answered, the report withdrawn), the heading takes it.
  const rememberFocus = useFocusBackAfter(pending);

  function fail(message: string, invalid: boolean) {
    setError({ message, invalid });
    setFailures((count) => count + 1);
  }

  function send(input: Input) {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return fail(messageFor(t, parsed.error?.issues[0]?.message), true);
    // Taken away while it is sent: the same refusal again is a new alert, read out again.
    setError(null);
    rememberFocus();
    startTransition(async () => {
      let result: ActionResult<unknown>;
      try {
        result = await action(input);
      } catch {
        return fail(t("errors.network"), false);
      }
      if (!result.ok) return fail(failureMessage(t, result, field), Boolean(result.fieldErrors?.[field]));
      setError(null);
      onDone?.();
      announceDone(done);
      router.refresh();
    });
  }

  return { formRef, error: error?.message ?? null, invalid: error?.invalid ?? false, pending, send };
}
