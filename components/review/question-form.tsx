"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestInfoAction } from "@/lib/review/actions";
import { QUESTION_MAX, requestInfoSchema } from "@/lib/review/schemas";
import { FieldError, FormError } from "@/components/ui/form-messages";
import { useReviewAction } from "./use-review-action";

/** Ask the employee for more information; the report waits for the answer. */
export function QuestionForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("review.question");
  const te = useTranslations("review.errors.field");
  const [question, setQuestion] = useState("");
  const done = useTranslations("review.done");
  const { run, pending, formError, fieldErrors, setFieldErrors, clearFieldErrors, formRef } = useReviewAction(requestInfoAction, { done: done("questionSent") });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { reportId, version, question };
    const parsed = requestInfoSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors({ question: te(parsed.error.issues[0].message as never) });
      return;
    }
    run(parsed.data, () => setQuestion(""));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-2" aria-labelledby="question-title">
      <h3 id="question-title" className="font-semibold">{t("title")}</h3>
      <FormError id="question-form-error" message={formError} />
      <label htmlFor="question" className="text-sm font-medium">{t("label")}</label>
      <textarea
        id="question"
        value={question}
        onChange={(event) => {
          setQuestion(event.target.value);
          clearFieldErrors("question");
        }}
        maxLength={QUESTION_MAX}
        rows={3}
        aria-invalid={Boolean(fieldErrors.question)}
        aria-describedby={fieldErrors.question ? "question-error" : undefined}
        className="rounded-md border border-slate-400 px-3 py-2 text-base"
      />
      <FieldError id="question-error" message={fieldErrors.question} />
      <button type="submit" disabled={pending} className="w-fit rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
