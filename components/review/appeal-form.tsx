"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { appealAction } from "@/lib/review/actions";
import { REASON_MAX, appealSchema } from "@/lib/review/schemas";
import { FieldError, FormError } from "@/components/ui/form-messages";
import { useReviewAction } from "./use-review-action";

/** The employee appeals a not-justified decision, once, with a reason. */
export function AppealForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("review.appeal");
  const te = useTranslations("review.errors.field");
  const [reason, setReason] = useState("");
  const done = useTranslations("review.done");
  const { run, pending, formError, fieldErrors, setFieldErrors, clearFieldErrors, formRef } = useReviewAction(appealAction, { done: done("appealed") });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = appealSchema.safeParse({ reportId, version, reason });
    if (!parsed.success) return setFieldErrors({ reason: te(parsed.error.issues[0].message as never) });
    run(parsed.data);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <FormError id="appeal-form-error" message={formError} />
      <label htmlFor="appeal-reason" className="text-sm font-medium">{t("reason")}</label>
      <textarea
        id="appeal-reason"
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          clearFieldErrors("reason");
        }}
        maxLength={REASON_MAX}
        rows={4}
        aria-invalid={Boolean(fieldErrors.reason)}
        aria-describedby={fieldErrors.reason ? "appeal-reason-error" : undefined}
        className="rounded-md border border-slate-400 px-3 py-2 text-base"
      />
      <FieldError id="appeal-reason-error" message={fieldErrors.reason} />
      <button type="submit" disabled={pending} className="w-fit rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
