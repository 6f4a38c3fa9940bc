"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition } from "react";
import { announceDone } from "@/components/ui/announce";
import { useFocusBackAfter } from "@/components/ui/focus-back";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";
import type { ActionResult } from "@/lib/auth/action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Calls a review Server Action and turns its answer into what the form shows:
 * field messages, or one message for the whole form (a lost race names who
 * acted first). On success the page is refreshed; the form keeps its own
 * state, so typed text survives a failure. Put `formRef` on the form: a
 * failure, the server's or the form's own check, moves focus to its first
 * invalid field. With `done`, success is announced (the button or form that
 * was used is gone from the refreshed page) and focus goes to the heading.
 * A failure says the typed text is kept, unless `typed` is false (a button
 * such as claim, which has none).
 */
export function useReviewAction<Input>(
  action: (input: Input) => Promise<ActionResult<unknown>>,
  { done, typed = true }: { done?: string; typed?: boolean } = {},
) {
  const t = useTranslations("review.errors");
  const common = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setErrors] = useState<Record<string, string>>({});
  // Focus follows failed submits, not every change of the messages: a
  // message taken away as the person fixes the field must not move them.
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, failures);
  // A refusal (a conflict, a lost connection) leaves the used button's focus where it was.
  const rememberFocus = useFocusBackAfter(pending);

  /**
   * A failed submit's field messages (the form's own check or the server's):
   * shown, and focus goes to the first. The form's own check also gets the
   * line above the form that the server's answer gives, so a failed check
   * reads the same whichever side made it.
   */
  const setFieldErrors = useCallback(
    (errors: Record<string, string>) => {
      setErrors(errors);
      setFormError(Object.keys(errors).length > 0 ? t("validation") : null);
      setFailures((count) => count + 1);
    },
    [t],
  );

  /**
   * Takes the messages of fields the person has just changed off the screen,
   * focus staying where it is; with no field left marked, the line above the
   * form asking to correct them goes too.
   */
  const clearFieldErrors = useCallback(
    (...fields: string[]) => {
      if (!fields.some((field) => field in fieldErrors)) return;
      const remaining = Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => !fields.includes(field)));
      setErrors(remaining);
      if (Object.keys(remaining).length === 0) setFormError((message) => (message === t("validation") ? null : message));
    },
    [fieldErrors, t],
  );

  const withTextKept = (message: string) => (typed ? `${message} ${t("textKept")}` : message);

  function messageOf(failure: Failure): string {
    if (failure.code === "conflict") {
      const name = failure.details?.actorName || t("someone");
      const status = failure.details?.status;
      if (failure.details?.action === "report.decided") return t("conflictDecided", { name });
      return status ? t("conflictChanged", { name, status: common(`status.${status}` as never) }) : t("conflictGeneric");
    }
    const reason = failure.details?.reason;
    if (failure.code === "forbidden" && reason && t.has(`forbidden_${reason}` as never)) return t(`forbidden_${reason}` as never);
    if (t.has(failure.code as never)) return t(failure.code as never);
    return t("unexpected");
  }

  function run(input: Input, onSuccess?: () => void) {
    rememberFocus();
    setFormError(null);
    startTransition(async () => {
      let result: ActionResult<unknown>;
      try {
        result = await action(input);
      } catch {
        setFormError(withTextKept(t("network")));
        return;
      }
      if (result.ok) {
        setErrors({});
        onSuccess?.();
        if (done) announceDone(done);
        router.refresh();
        return;
      }
      const fields: Record<string, string> = {};
      for (const [field, keys] of Object.entries(result.fieldErrors ?? {})) {
        const key = keys[0];
        fields[field] = t.has(`field.${key}` as never) ? t(`field.${key}` as never) : t("field.invalid");
      }
      setFieldErrors(fields);
      setFormError(result.code === "validation" ? t("validation") : withTextKept(messageOf(result)));
    });
  }

  return { run, pending, formError, fieldErrors, setFieldErrors, clearFieldErrors, formRef };
}
