"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  archiveLocationAction,
  createLocationAction,
  renameLocationAction,
  setLocationSupervisorsAction,
} from "@/lib/admin/location-actions";
import { FieldError, FormError, FormNotice } from "@/components/ui/form-messages";
import { CheckboxGroup, inputClass, primaryButton, secondaryButton } from "./form-bits";
import { useAdminAction } from "./use-admin-action";

export function CreateLocationForm() {
  const t = useTranslations("admin.locations");
  const { pending, error, fieldErrors, run, formRef } = useAdminAction();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  return (
    <form ref={formRef} noValidate className="flex flex-col gap-3" aria-describedby={error ? "new-location-error" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        run(createLocationAction, { code, name }, () => { setCode(""); setName(""); });
      }}>
      <FormError id="new-location-error" message={error} />
      <div className="flex flex-wrap items-start gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="location-code" className="text-sm font-medium">{t("code")}</label>
          <input id="location-code" value={code} onChange={(e) => setCode(e.target.value)} className={`${inputClass} w-36 uppercase`}
            aria-invalid={Boolean(fieldErrors.code)} aria-describedby="location-code-hint location-code-error" />
          <p id="location-code-hint" className="text-xs text-slate-600">{t("codeHint")}</p>
          <FieldError id="location-code-error" message={fieldErrors.code} />
        </div>
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="location-name" className="text-sm font-medium">{t("name")}</label>
          <input id="location-name" value={name} onChange={(e) => setName(e.target.value)} className={inputClass}
            aria-invalid={Boolean(fieldErrors.name)} aria-describedby={fieldErrors.name ? "location-name-error" : undefined} />
          <FieldError id="location-name-error" message={fieldErrors.name} />
        </div>
      </div>
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>{t("create")}</button>
      </div>
    </form>
  );
}

type LocationRow = { id: string; code: string; name: string; archived: boolean; supervisorIds: string[] };

/** Rename, archive/restore and the reviewing supervisors of one location. */
export function LocationEditor({ location, supervisors }: { location: LocationRow; supervisors: { id: string; name: string }[] }) {
  const t = useTranslations("admin.locations");
  // One hook for both forms: its ref holds them both.
  const { pending, error, notice, fieldErrors, run, formRef } = useAdminAction<HTMLDivElement>();
  const [name, setName] = useState(location.name);
  const [selected, setSelected] = useState(location.supervisorIds);
  const errorId = `location-${location.id}-error`;
  return (
    <div ref={formRef} className="flex flex-col gap-3">
      <FormError id={errorId} message={error} />
      <FormNotice message={notice} />
      <form noValidate className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(renameLocationAction, { locationId: location.id, name }, () => t("saved"));
        }}>
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor={`name-${location.id}`} className="text-sm font-medium">{t("name")}</label>
          <input id={`name-${location.id}`} value={name} onChange={(e) => setName(e.target.value)} className={inputClass}
            aria-invalid={Boolean(fieldErrors.name)} aria-describedby={fieldErrors.name ? `name-${location.id}-error` : undefined} />
          <FieldError id={`name-${location.id}-error`} message={fieldErrors.name} />
        </div>
        <button type="submit" disabled={pending} className={secondaryButton}>{t("rename")}</button>
        <button type="button" disabled={pending} className={secondaryButton}
          onClick={() => run(archiveLocationAction, { locationId: location.id, archived: !location.archived })}>
          {location.archived ? t("restore") : t("archive")}
        </button>
      </form>
      <form noValidate className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(setLocationSupervisorsAction, { locationId: location.id, supervisorIds: selected }, () => t("saved"));
        }}>
        <CheckboxGroup legend={t("supervisors")} name={`supervisors-${location.id}`} options={supervisors} selected={selected}
          onChange={setSelected} emptyText={t("noSupervisors")}
          error={{ id: `supervisors-${location.id}-error`, message: fieldErrors.supervisorIds }} />
        <div>
          <button type="submit" disabled={pending} className={secondaryButton}>{t("saveSupervisors")}</button>
        </div>
      </form>
    </div>
  );
}
