"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { answerQuestionAction } from "@/lib/reports/actions";
import { LIMITS, answerQuestionSchema } from "@/lib/reports/schema";
import { useReporterAction } from "./reporter-action";

/** The reporter's answer to the reviewer's open question. */
export function AnswerForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  const [body, setBody] = useState("");
  const { formRef, error, invalid, pending, send } = useReporterAction({
    schema: answerQuestionSchema,
    action: answerQuestionAction,
    field: "body",
    done: t("answer.sent"),
    onDone: () => setBody(""),
  });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    send({ reportId, expectedVersion: version, body });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-2">
      <label htmlFor="answer" className="font-medium">{t("answer.label")}</label>
      <textarea
        id="answer"
        rows={4}
        value={body}
        maxLength={LIMITS.answer.max}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? "answer-error" : undefined}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base"
      />
      {error ? <p id="answer-error" role="alert" className="text-sm font-medium text-red-700">{error}</p> : null}
      <button type="submit" disabled={pending} className="w-fit rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("answer.submitting") : t("answer.submit")}
      </button>
    </form>
  );
}
