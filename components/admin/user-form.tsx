"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createUserAction, updateUserAction } from "@/lib/admin/user-actions";
import { ROLES } from "@/lib/admin/schemas";
import { FieldError, FormError, FormNotice } from "@/components/ui/form-messages";
import { CheckboxGroup, inputClass, primaryButton } from "./form-bits";
import { OneTimeLink } from "./one-time-link";
import { useAdminAction } from "./use-admin-action";

type Option = { id: string; name: string };
type Initial = { userId: string; name: string; email: string; role: (typeof ROLES)[number]; locationIds: string[]; supervisedLocationIds: string[] };

/** Creates a user (then shows their one-time link) or edits one (`initial` given). */
export function UserForm({ locations, initial }: { locations: Option[]; initial?: Initial }) {
  const t = useTranslations("admin");
  const common = useTranslations("common");
  const { pending, error, notice, fieldErrors, run, formRef } = useAdminAction();
  const [name, setName] = useState(initial?.name ?? "");
  const [email, setEmail] = useState(initial?.email ?? "");
  const [role, setRole] = useState<Initial["role"]>(initial?.role ?? "EMPLOYEE");
  const [locationIds, setLocationIds] = useState<string[]>(initial?.locationIds ?? []);
  const [supervised, setSupervised] = useState<string[]>(initial?.supervisedLocationIds ?? []);
  const [link, setLink] = useState<string | null>(null);
  const prefix = initial ? "edit" : "new";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const supervisedLocationIds = role === "SUPERVISOR" ? supervised : [];
    if (initial) {
      run(updateUserAction, { userId: initial.userId, name, role, locationIds, supervisedLocationIds }, () => t("userForm.saved"));
    } else {
      run(createUserAction, { name, email, role, locationIds, supervisedLocationIds }, (data) => {
        setLink(data.setPasswordPath);
        setName("");
        setEmail("");
        setLocationIds([]);
        setSupervised([]);
      });
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby={error ? `${prefix}-user-error` : undefined}>
      <FormError id={`${prefix}-user-error`} message={error} />
      <FormNotice message={notice} />
      {link ? <OneTimeLink path={link} heading={t("link.created")} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-name`} className="text-sm font-medium">{t("users.name")}</label>
          <input id={`${prefix}-name`} value={name} onChange={(e) => setName(e.target.value)} className={inputClass}
            aria-invalid={Boolean(fieldErrors.name)} aria-describedby={fieldErrors.name ? `${prefix}-name-error` : undefined} autoComplete="off" />
          <FieldError id={`${prefix}-name-error`} message={fieldErrors.name} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-email`} className="text-sm font-medium">{t("users.email")}</label>
          <input id={`${prefix}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} className={inputClass}
            disabled={Boolean(initial)} aria-invalid={Boolean(fieldErrors.email)}
            aria-describedby={fieldErrors.email ? `${prefix}-email-error` : undefined} autoComplete="off" />
          <FieldError id={`${prefix}-email-error`} message={fieldErrors.email} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-role`} className="text-sm font-medium">{t("users.role")}</label>
          <select id={`${prefix}-role`} value={role} onChange={(e) => setRole(e.target.value as Initial["role"])} className={inputClass}
            aria-invalid={Boolean(fieldErrors.role)} aria-describedby={fieldErrors.role ? `${prefix}-role-error` : undefined}>
            {ROLES.map((value) => (
              <option key={value} value={value}>{common(`roles.${value}`)}</option>
            ))}
          </select>
          <FieldError id={`${prefix}-role-error`} message={fieldErrors.role} />
        </div>
      </div>
      <CheckboxGroup legend={t("userForm.worksAt")} name="locationIds" options={locations} selected={locationIds}
        onChange={setLocationIds} emptyText={t("userForm.noLocations")}
        error={{ id: `${prefix}-locations-error`, message: fieldErrors.locationIds }} />
      {role === "SUPERVISOR" ? (
        <CheckboxGroup legend={t("userForm.reviews")} hint={t("userForm.reviewsHint")} name="supervisedLocationIds"
          options={locations} selected={supervised} onChange={setSupervised} emptyText={t("userForm.noLocations")}
          error={{ id: `${prefix}-supervised-error`, message: fieldErrors.supervisedLocationIds }} />
      ) : null}
      <div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {initial ? (pending ? t("userForm.saving") : t("userForm.save")) : pending ? t("userForm.creating") : t("userForm.create")}
        </button>
      </div>
    </form>
  );
}
