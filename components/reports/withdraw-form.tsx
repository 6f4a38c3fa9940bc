"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { withdrawReportAction } from "@/lib/reports/actions";
import { LIMITS, withdrawReportSchema } from "@/lib/reports/schema";
import { useReporterAction } from "./reporter-action";

/** Withdrawing asks once more, with an optional reason, before it happens. */
export function WithdrawForm({ reportId, version }: { reportId: string; version: number }) {
  const t = useTranslations("reports");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  // A reason the schema refuses (a control character pasted in) is named at the field.
  const { formRef, error, invalid, pending, send } = useReporterAction({
    schema: withdrawReportSchema,
    action: withdrawReportAction,
    field: "reason",
    done: t("manage.withdrawn"),
  });
  // Opening replaces the tapped button with the form, and Cancel does the reverse: without a
  // move, focus would fall to <body>. Not on the first render: the page must not jump here.
  const toggleRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    (open ? reasonRef : toggleRef).current?.focus();
  }, [open]);

  function toggle(next: boolean) {
    toggled.current = true;
    setOpen(next);
  }

  if (!open) {
    return (
      <button ref={toggleRef} type="button" onClick={() => toggle(true)} className="rounded-md border border-red-700 px-4 py-2.5 font-medium text-red-800">
        {t("manage.withdraw")}
      </button>
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    send({ reportId, expectedVersion: version, reason });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex w-full flex-col gap-2 rounded-md bg-red-50 p-3 ring-1 ring-red-200">
      <label htmlFor="withdraw-reason" className="font-medium">{t("manage.withdrawReason")}</label>
      <input
        ref={reasonRef}
        id="withdraw-reason"
        value={reason}
        maxLength={LIMITS.withdrawReason}
        onChange={(event) => setReason(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? "withdraw-reason-error" : undefined}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base"
      />
      {error ? <p id="withdraw-reason-error" role="alert" className="text-sm font-medium text-red-800">{error}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2.5 font-semibold text-white disabled:opacity-70">
          {pending ? t("manage.withdrawing") : t("manage.withdrawConfirm")}
        </button>
        <button type="button" onClick={() => toggle(false)} className="rounded-md px-4 py-2.5 font-medium text-slate-700 underline underline-offset-4">
          {t("manage.cancel")}
        </button>
      </div>
    </form>
  );
}
