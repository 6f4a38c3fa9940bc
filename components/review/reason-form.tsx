"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createReasonAction, updateReasonAction } from "@/lib/review/actions";
import { OUTCOMES, createReasonSchema, updateReasonSchema } from "@/lib/review/schemas";
import { FieldError, FormError } from "@/components/ui/form-messages";
import { useReviewAction } from "./use-review-action";

export type ReasonValues = {
  id?: string;
  code: string;
  outcome: (typeof OUTCOMES)[number];
  labelPl: string;
  labelEn: string;
  definitionPl: string;
  definitionEn: string;
  sortOrder: number;
  active: boolean;
};

const TEXT_FIELDS = ["labelPl", "labelEn", "definitionPl", "definitionEn"] as const;
const control = "rounded-md border border-slate-400 px-3 py-2 text-base sm:text-sm";

/** Edits one decision reason (or adds one, without an id). */
export function ReasonForm({ initial }: { initial: ReasonValues }) {
  const t = useTranslations("review.reasons");
  const te = useTranslations("review.errors.field");
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const update = useReviewAction(updateReasonAction);
  const create = useReviewAction(createReasonAction);
  const creating = !initial.id;
  const { pending, formError, fieldErrors, setFieldErrors, formRef } = creating ? create : update;
  const key = initial.id ?? "new";
  const set = <K extends keyof ReasonValues>(field: K, value: ReasonValues[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { id, code, outcome, ...rest } = values;
    const parsed = creating ? createReasonSchema.safeParse({ code, outcome, ...rest }) : updateReasonSchema.safeParse({ id, ...rest });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= te.has(issue.message as never) ? te(issue.message as never) : te("invalid");
      return setFieldErrors(fields);
    }
    const done = () => (creating ? setValues(initial) : setSaved(true));
    if (creating) create.run(parsed.data as Parameters<typeof createReasonAction>[0], done);
    else update.run(parsed.data as Parameters<typeof updateReasonAction>[0], done);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label={creating ? t("new") : values.code} data-testid={`reason-${initial.code || "new"}`}>
      <div className="sm:col-span-2"><FormError id={`${key}-error`} message={formError} /></div>
      {creating ? (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("code")}
            <input value={values.code} onChange={(e) => set("code", e.target.value.toUpperCase())} className={`${control} font-mono`} aria-invalid={Boolean(fieldErrors.code)} aria-describedby={`${key}-code-error`} />
            <FieldError id={`${key}-code-error`} message={fieldErrors.code} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("outcome")}
            <select value={values.outcome} onChange={(e) => set("outcome", e.target.value as ReasonValues["outcome"])} className={control}>
              {OUTCOMES.map((outcome) => <option key={outcome} value={outcome}>{t(`outcomes.${outcome}`)}</option>)}
            </select>
          </label>
        </>
      ) : null}
      {TEXT_FIELDS.map((field) => (
        <label key={field} className="flex flex-col gap-1 text-sm font-medium">
          {t(field)}
          {field.startsWith("definition") ? (
            <textarea rows={3} value={values[field]} onChange={(e) => set(field, e.target.value)} className={control} aria-invalid={Boolean(fieldErrors[field])} aria-describedby={`${key}-${field}-error`} />
          ) : (
            <input value={values[field]} onChange={(e) => set(field, e.target.value)} className={control} aria-invalid={Boolean(fieldErrors[field])} aria-describedby={`${key}-${field}-error`} />
          )}
          <FieldError id={`${key}-${field}-error`} message={fieldErrors[field]} />
        </label>
      ))}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("sortOrder")}
        {/* noValidate turns off the browser's min/max check: the schema's answer is shown here instead. */}
        <input type="number" min={0} max={10000} value={values.sortOrder} onChange={(e) => set("sortOrder", Number(e.target.value))} className={control}
          aria-invalid={Boolean(fieldErrors.sortOrder)} aria-describedby={fieldErrors.sortOrder ? `${key}-sortOrder-error` : undefined} />
        <FieldError id={`${key}-sortOrder-error`} message={fieldErrors.sortOrder} />
      </label>
      <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
        <input type="checkbox" checked={values.active} onChange={(e) => set("active", e.target.checked)} className="h-5 w-5" />
        {t("active")}
      </label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {creating ? t("add") : t("save")}
        </button>
        {saved ? <p role="status" className="text-sm text-green-800">{t("saved")}</p> : null}
      </div>
    </form>
  );
}
