"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { decideAction, resolveAppealAction } from "@/lib/review/actions";
import {
  FOLLOW_UP_ACTIONS,
  NOTE_MAX,
  RATIONALE_MAX,
  RATIONALE_MIN,
  decideSchema,
  resolveAppealSchema,
} from "@/lib/review/schemas";
import { FieldError, FormError } from "@/components/ui/form-messages";
import { useReviewAction } from "./use-review-action";
import { languageOf } from "@/lib/i18n/locales";

export type ReasonChoice = {
  id: string;
  outcome: "JUSTIFIED" | "NOT_JUSTIFIED";
  labelPl: string;
  labelEn: string;
  definitionPl: string;
  definitionEn: string;
};

type Action = (typeof FOLLOW_UP_ACTIONS)[number];
type Choice = "JUSTIFIED" | "NOT_JUSTIFIED" | "UPHELD" | "OVERTURNED";

/**
 * The decision, or the resolution of an appeal: outcome, a reason code with
 * its definition, a written rationale, follow-up actions and a note. Typed
 * text stays on screen whatever the server answers (a lost race included).
 */
export function DecisionForm({
  reportId,
  version,
  reasons,
  mode = "decide",
}: {
  reportId: string;
  version: number;
  reasons: ReasonChoice[];
  mode?: "decide" | "appeal";
}) {
  const t = useTranslations("review.decision");
  const te = useTranslations("review.errors.field");
  const locale = useLocale();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [reasonCodeId, setReasonCodeId] = useState("");
  const [rationale, setRationale] = useState("");
  const [actions, setActions] = useState<Action[]>([]);
  const [note, setNote] = useState("");
  const done = useTranslations("review.done");
  const decide = useReviewAction(decideAction, { done: done("decided") });
  const resolve = useReviewAction(resolveAppealAction, { done: done("appealResolved") });
  const { pending, formError, fieldErrors, setFieldErrors, clearFieldErrors, formRef } = mode === "decide" ? decide : resolve;

  const choices: Choice[] = mode === "decide" ? ["JUSTIFIED", "NOT_JUSTIFIED"] : ["UPHELD", "OVERTURNED"];
  const outcome = choice === "UPHELD" ? "NOT_JUSTIFIED" : choice === "OVERTURNED" ? "JUSTIFIED" : choice;
  const shownReasons = reasons.filter((reason) => reason.outcome === outcome);
  const id = (name: string) => `${mode}-${name}`;

  function toggle(action: Action, on: boolean) {
    clearFieldErrors("followUpActions");
    if (action === "NO_ACTION") return setActions(on ? ["NO_ACTION"] : []);
    setActions((current) => (on ? [...current.filter((a) => a !== "NO_ACTION"), action] : current.filter((a) => a !== action)));
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const common = { reportId, version, reasonCodeId, rationale, followUpActions: actions, ...(note.trim() ? { followUpNote: note } : {}) };
    const parsed =
      mode === "decide"
        ? decideSchema.safeParse({ ...common, outcome: choice ?? undefined })
        : resolveAppealSchema.safeParse({ ...common, resolution: choice ?? undefined });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "_form");
        fields[field] ??= te.has(issue.message as never) ? te(issue.message as never) : te("invalid");
      }
      setFieldErrors(fields);
      return;
    }
    setFieldErrors({});
    if (mode === "decide") decide.run(parsed.data as Parameters<typeof decideAction>[0]);
    else resolve.run(parsed.data as Parameters<typeof resolveAppealAction>[0]);
  }

  const choiceError = fieldErrors.outcome ?? fieldErrors.resolution;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby={id("title")} data-testid={`${mode}-form`}>
      <h3 id={id("title")} className="font-semibold">{mode === "decide" ? t("title") : t("appealTitle")}</h3>
      <FormError id={id("error")} message={formError} />

      <fieldset aria-describedby={choiceError ? id("choice-error") : undefined}>
        <legend className="text-sm font-medium">{mode === "decide" ? t("outcome") : t("resolution")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {choices.map((value) => (
            <label key={value} className="flex items-center gap-2 rounded-md px-3 py-2 ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-700">
              <input
                type="radio"
                name={id("choice")}
                value={value}
                checked={choice === value}
                onChange={() => {
                  setChoice(value);
                  setReasonCodeId("");
                  clearFieldErrors("outcome", "resolution");
                }}
                aria-invalid={Boolean(choiceError)}
                className="h-5 w-5"
              />
              {t(`choices.${value}`)}
            </label>
          ))}
        </div>
        <FieldError id={id("choice-error")} message={choiceError} />
      </fieldset>

      {outcome ? (
        <fieldset aria-describedby={fieldErrors.reasonCodeId ? id("reason-error") : undefined}>
          <legend className="text-sm font-medium">{t("reason")}</legend>
          <ul className="mt-1 flex flex-col gap-2">
            {shownReasons.map((reason) => (
              <li key={reason.id}>
                <label className="flex gap-2 rounded-md p-2 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-700">
                  <input
                    type="radio"
                    name={id("reason")}
                    value={reason.id}
                    checked={reasonCodeId === reason.id}
                    onChange={() => {
                      setReasonCodeId(reason.id);
                      clearFieldErrors("reasonCodeId");
                    }}
                    aria-invalid={Boolean(fieldErrors.reasonCodeId)}
                    className="mt-0.5 h-5 w-5 shrink-0"
                  />
                  <span>
                    <span className="block font-medium">{languageOf(locale) === "en" ? reason.labelEn : reason.labelPl}</span>
                    <span className="block text-sm text-slate-600">{languageOf(locale) === "en" ? reason.definitionEn : reason.definitionPl}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id={id("reason-error")} message={fieldErrors.reasonCodeId} />
        </fieldset>
      ) : null}

      <div className="flex flex-col gap-1">
        <label htmlFor={id("rationale")} className="text-sm font-medium">{t("rationale")}</label>
        <p id={id("rationale-hint")} className="text-sm text-slate-600">{t("rationaleHint", { min: RATIONALE_MIN })}</p>
        <textarea
          id={id("rationale")}
          value={rationale}
          onChange={(event) => {
            setRationale(event.target.value);
            clearFieldErrors("rationale");
          }}
          maxLength={RATIONALE_MAX}
          rows={5}
          aria-invalid={Boolean(fieldErrors.rationale)}
          aria-describedby={`${id("rationale-hint")} ${id("rationale-count")}${fieldErrors.rationale ? ` ${id("rationale-error")}` : ""}`}
          className="rounded-md border border-slate-400 px-3 py-2 text-base"
        />
        {/* Not a live region: it would be read out on every keystroke; the textarea's description carries it. */}
        <p id={id("rationale-count")} className="text-right text-xs text-slate-600">
          {t("count", { count: rationale.trim().length, max: RATIONALE_MAX })}
        </p>
        <FieldError id={id("rationale-error")} message={fieldErrors.rationale} />
      </div>

      <fieldset aria-describedby={fieldErrors.followUpActions ? id("actions-error") : undefined}>
        <legend className="text-sm font-medium">{t("actions")}</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-2">
          {FOLLOW_UP_ACTIONS.map((action) => (
            <label key={action} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={actions.includes(action)}
                onChange={(event) => toggle(action, event.target.checked)}
                aria-invalid={Boolean(fieldErrors.followUpActions)}
                className="h-5 w-5"
              />
              {t(`actionNames.${action}`)}
            </label>
          ))}
        </div>
        <FieldError id={id("actions-error")} message={fieldErrors.followUpActions} />
      </fieldset>

      <div className="flex flex-col gap-1">
        <label htmlFor={id("note")} className="text-sm font-medium">{t("note")}</label>
        <textarea
          id={id("note")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={NOTE_MAX}
          rows={2}
          aria-invalid={Boolean(fieldErrors.followUpNote)}
          aria-describedby={fieldErrors.followUpNote ? id("note-error") : undefined}
          className="rounded-md border border-slate-400 px-3 py-2 text-base"
        />
        <FieldError id={id("note-error")} message={fieldErrors.followUpNote} />
      </div>

      <button type="submit" disabled={pending} className="w-fit rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("saving") : mode === "decide" ? t("submit") : t("submitAppeal")}
      </button>
    </form>
  );
}
