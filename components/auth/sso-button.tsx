"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";

export function SsoButton({ callbackUrl, providerId }: { callbackUrl: string; providerId: string }) {
  const t = useTranslations("auth");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signIn(providerId, { callbackUrl });
        })
      }
      className="w-full rounded-md px-4 py-3 text-base font-semibold text-brand-800 ring-1 ring-brand-700 hover:bg-brand-50 disabled:opacity-70"
    >
      {t("sso")}
    </button>
  );
}
