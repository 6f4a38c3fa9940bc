"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useFocusBackAfter } from "@/components/ui/focus-back";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";
import type { ActionResult } from "@/lib/auth/action";

type Action<I, R> = (input: I) => Promise<ActionResult<R>>;

/**
 * Runs an admin Server Action, refreshes the page's server data on success and
 * turns failures into translated messages (form-level and per field). Put
 * `formRef` on the form (or the element holding the forms that share this
 * hook): a failure moves focus to its first invalid field. What `onSuccess`
 * returns is the confirmation (`notice`); each new run clears the last one,
 * so a "Saved." never stands beside the next attempt's error.
 */
export function useAdminAction<Form extends HTMLElement = HTMLFormElement>() {
  const t = useTranslations("admin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const formRef = useRef<Form>(null);
  useFocusFirstInvalidField(formRef, fieldErrors);
  const rememberFocus = useFocusBackAfter(pending);

  function fieldMessage(key: string) {
    return t.has(`fields.${key}`) ? t(`fields.${key}`) : t("errors.validation");
  }

  function run<I, R>(action: Action<I, R>, input: I, onSuccess?: (data: R) => string | void) {
    rememberFocus();
    setError(null);
    setNotice(null);
    setFieldErrors({});
    startTransition(async () => {
      let result: ActionResult<R>;
      try {
        result = await action(input);
      } catch {
        setError(t("errors.unexpected"));
        return;
      }
      if (result.ok) {
        setNotice(onSuccess?.(result.data) ?? null);
        router.refresh();
        return;
      }
      const fields = Object.fromEntries(
        Object.entries(result.fieldErrors ?? {}).map(([field, keys]) => [field.split(".")[0], fieldMessage(keys[0])]),
      );
      setFieldErrors(fields);
      // A refusal that names a field (an e-mail already in use) points to it,
      // whatever its code; only a refusal of the whole form says why itself.
      const namesAField = Object.keys(fields).some((field) => field !== "_form");
      setError(fields._form ?? (namesAField ? t("errors.validation") : t(`errors.${result.code}`)));
    });
  }

  return { pending, error, notice, fieldErrors, run, formRef };
}
