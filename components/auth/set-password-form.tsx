"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";
import { checkPassword } from "@/lib/auth/password-policy";
import { setPasswordAction } from "@/lib/auth/set-password-action";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.setPassword");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<{ password?: string; confirm?: string; form?: string }>({});
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, errors);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The same policy the server applies; the server's answer is the one that counts.
    const problem = password ? checkPassword(password, { email }) : "passwordRequired";
    const next = { password: problem ? t(problem) : undefined, confirm: !problem && confirm !== password ? t("mismatch") : undefined };
    setErrors(next);
    if (next.password || next.confirm) return;
    startTransition(async () => {
      const result = await setPasswordAction({ token, password }).catch(() => null);
      if (result?.ok) {
        window.location.assign("/signin?passwordSet=1");
        return;
      }
      if (result && result.code === "validation" && result.fieldErrors?.password) {
        const key = result.fieldErrors.password[0];
        setErrors({ password: t.has(key) ? t(key as "passwordCommon") : t("unexpected") });
      } else if (result?.code === "not_found") {
        setErrors({ form: t("invalid") });
      } else {
        setErrors({ form: t("unexpected") });
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {errors.form ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">{errors.form}</p> : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="flex flex-col gap-1">
        <label htmlFor="new-password" className="text-sm font-medium">{t("password")}</label>
        <input id="new-password" type="password" autoComplete="new-password" value={password}
          onChange={(e) => setPassword(e.target.value)} aria-invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? "new-password-hint new-password-error" : "new-password-hint"} className="rounded-md border border-slate-400 px-3 py-2.5 text-base" />
        <p id="new-password-hint" className="text-xs text-slate-600">{t("hint")}</p>
        {errors.password ? <p id="new-password-error" className="text-sm text-red-700">{errors.password}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="confirm-password" className="text-sm font-medium">{t("confirm")}</label>
        <input id="confirm-password" type="password" autoComplete="new-password" value={confirm}
          onChange={(e) => setConfirm(e.target.value)} aria-invalid={Boolean(errors.confirm)}
          aria-describedby={errors.confirm ? "confirm-password-error" : undefined} className="rounded-md border border-slate-400 px-3 py-2.5 text-base" />
        {errors.confirm ? <p id="confirm-password-error" className="text-sm text-red-700">{errors.confirm}</p> : null}
      </div>
      <button type="submit" disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-3 text-base font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
