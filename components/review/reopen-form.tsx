"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { reopenAction } from "@/lib/review/actions";
import { REASON_MAX, reopenSchema } from "@/lib/review/schemas";
import { FieldError, FormError } from "@/components/ui/form-messages";
import { useReviewAction } from "./use-review-action";

/** Reopen a decided report with a reason; the decision stays in the history. */
export function ReopenForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("review.reopen");
  const te = useTranslations("review.errors.field");
  const [reason, setReason] = useState("");
  const done = useTranslations("review.done");
  const { run, pending, formError, fieldErrors, setFieldErrors, clearFieldErrors, formRef } = useReviewAction(reopenAction, { done: done("reopened") });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = reopenSchema.safeParse({ reportId, version, reason });
    if (!parsed.success) return setFieldErrors({ reason: te(parsed.error.issues[0].message as never) });
    run(parsed.data);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-2" aria-labelledby="reopen-title">
      <h3 id="reopen-title" className="font-semibold">{t("title")}</h3>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <FormError id="reopen-form-error" message={formError} />
      <label htmlFor="reopen-reason" className="text-sm font-medium">{t("reason")}</label>
      <textarea
        id="reopen-reason"
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          clearFieldErrors("reason");
        }}
        maxLength={REASON_MAX}
        rows={3}
        aria-invalid={Boolean(fieldErrors.reason)}
        aria-describedby={fieldErrors.reason ? "reopen-reason-error" : undefined}
        className="rounded-md border border-slate-400 px-3 py-2 text-base"
      />
      <FieldError id="reopen-reason-error" message={fieldErrors.reason} />
      <button type="submit" disabled={pending} className="w-fit rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70">
        {t("submit")}
      </button>
    </form>
  );
}
