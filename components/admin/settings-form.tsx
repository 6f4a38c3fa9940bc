"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateSettingsAction } from "@/lib/admin/settings-actions";
import { FieldError, FormError, FormNotice } from "@/components/ui/form-messages";
import { inputClass, primaryButton } from "./form-bits";
import { useAdminAction } from "./use-admin-action";

export function SettingsForm({ initial }: { initial: { reviewDeadlineHours: number; retentionMonths: number } }) {
  const t = useTranslations("admin.settings");
  const { pending, error, notice, fieldErrors, run, formRef } = useAdminAction();
  const [deadline, setDeadline] = useState(String(initial.reviewDeadlineHours));
  const [retention, setRetention] = useState(String(initial.retentionMonths));
  return (
    <form ref={formRef} noValidate className="flex max-w-lg flex-col gap-4" aria-describedby={error ? "settings-error" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        run(updateSettingsAction, { reviewDeadlineHours: deadline, retentionMonths: retention }, () => t("saved"));
      }}>
      <FormError id="settings-error" message={error} />
      <FormNotice message={notice} />
      <div className="flex flex-col gap-1">
        <label htmlFor="reviewDeadlineHours" className="text-sm font-medium">{t("reviewDeadlineHours")}</label>
        <input id="reviewDeadlineHours" type="number" inputMode="numeric" min={1} max={720} value={deadline}
          onChange={(e) => setDeadline(e.target.value)} className={`${inputClass} w-32`}
          aria-invalid={Boolean(fieldErrors.reviewDeadlineHours)} aria-describedby="deadline-hint deadline-error" />
        <p id="deadline-hint" className="text-xs text-slate-600">{t("reviewDeadlineHint")}</p>
        <FieldError id="deadline-error" message={fieldErrors.reviewDeadlineHours} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="retentionMonths" className="text-sm font-medium">{t("retentionMonths")}</label>
        <input id="retentionMonths" type="number" inputMode="numeric" min={1} max={120} value={retention}
          onChange={(e) => setRetention(e.target.value)} className={`${inputClass} w-32`}
          aria-invalid={Boolean(fieldErrors.retentionMonths)} aria-describedby="retention-hint retention-error" />
        <p id="retention-hint" className="text-xs text-slate-600">{t("retentionHint")}</p>
        <FieldError id="retention-error" message={fieldErrors.retentionMonths} />
      </div>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>{t("save")}</button>
      </div>
    </form>
  );
}
