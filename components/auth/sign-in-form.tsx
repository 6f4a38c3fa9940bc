"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";

type FieldErrors = { email?: string; password?: string; form?: string };

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, errors);
  // Refused as a whole (wrong password, locked, server down): no field is
  // marked, and the button that had the focus was disabled meanwhile, which
  // drops it to the page. The password field, emptied, is where to go on.
  useEffect(() => {
    if (errors.form) formRef.current?.querySelector<HTMLInputElement>("#password")?.focus();
  }, [errors]);

  function validate(): FieldErrors {
    const next: FieldErrors = {};
    if (!email.trim()) next.email = t("emailRequired");
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t("emailInvalid");
    if (!password) next.password = t("passwordRequired");
    return next;
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.email || found.password) return;
    startTransition(async () => {
      try {
        const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
        if (result?.ok && !result.error) {
          window.location.assign(callbackUrl);
          return;
        }
        setPassword("");
        setErrors({ form: result?.error === "throttled" ? t("throttled") : t("invalidCredentials") });
      } catch {
        setErrors({ form: t("unavailable") });
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4" aria-describedby={errors.form ? "signin-error" : undefined}>
      {errors.form ? (
        <p id="signin-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">
          {errors.form}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-medium">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={Boolean(errors.email)}
          aria-describedby={errors.email ? "email-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2.5 text-base"
        />
        {errors.email ? <p id="email-error" className="text-sm text-red-700">{errors.email}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-medium">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={Boolean(errors.password)}
          aria-describedby={errors.password ? "password-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2.5 text-base"
        />
        {errors.password ? <p id="password-error" className="text-sm text-red-700">{errors.password}</p> : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-3 text-base font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
