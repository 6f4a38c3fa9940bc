"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveNotificationPreferences } from "@/lib/notifications/actions";
import type { NotificationKind } from "@/lib/notifications/kinds";

export function PreferencesForm({ initial }: { initial: Partial<Record<NotificationKind, boolean>> }) {
  const t = useTranslations("notifications");
  const [email, setEmail] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<"idle" | "saved" | "failed">("idle");
  return (
    <form
      className="mt-4 space-y-4 rounded-lg bg-white p-4 ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveNotificationPreferences({ email });
          setStatus(result.ok ? "saved" : "failed");
        });
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t("preferences.intro")}</legend>
        <ul className="mt-3 space-y-2">
          {(Object.keys(email) as NotificationKind[]).map((kind) => (
            <li key={kind}>
              <label className="flex items-center gap-3 text-sm">
                <input
                  type="checkbox"
                  name={kind}
                  checked={email[kind] ?? true}
                  onChange={(event) => {
                    setStatus("idle");
                    setEmail({ ...email, [kind]: event.target.checked });
                  }}
                  className="h-5 w-5 rounded border-slate-400"
                />
                {t(`kinds.${kind}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {t("preferences.save")}
        </button>
        <p role="status" className={`text-sm ${status === "failed" ? "text-red-700" : "text-slate-700"}`}>
          {status === "saved" ? t("preferences.saved") : status === "failed" ? t("failed") : ""}
        </p>
      </div>
    </form>
  );
}
