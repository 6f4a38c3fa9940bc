"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { announceDone } from "@/components/ui/announce";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";
import { answerQuestionAction } from "@/lib/reports/actions";
import { reporterFailureMessage } from "./action-failure";
import { LIMITS, answerQuestionSchema } from "@/lib/reports/schema";

/** The reporter's answer to the reviewer's open question. */
export function AnswerForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, error);

  const translate = (key: string | undefined) => (key && t.has(key as never) ? t(key as never) : t("errors.unexpected"));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { reportId, expectedVersion: version, body };
    const parsed = answerQuestionSchema.safeParse(input);
    if (!parsed.success) return setError(translate(parsed.error.issues[0]?.message));
    startTransition(async () => {
      try {
        const result = await answerQuestionAction(input);
        if (!result.ok) {
          setError(reporterFailureMessage(t, result, "body"));
          return;
        }
        setBody("");
        setError(null);
        announceDone(t("answer.sent"));
        router.refresh();
      } catch {
        setError(t("form.networkError"));
      }
    });
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
        aria-invalid={Boolean(error)}
        aria-describedby={error ? "answer-error" : undefined}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base"
      />
      {error ? <p id="answer-error" role="alert" className="text-sm font-medium text-red-700">{error}</p> : null}
      <button type="submit" disabled={pending} className="w-fit rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("answer.submitting") : t("answer.submit")}
      </button>
    </form>
  );
}
