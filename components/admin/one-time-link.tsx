"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { PASSWORD_TOKEN_TTL_HOURS } from "@/lib/auth/password-policy";

/** The one-time set-password link, shown once to the admin to hand over. */
export function OneTimeLink({ path, heading }: { path: string; heading: string }) {
  const t = useTranslations("admin.link");
  const [url, setUrl] = useState(path);
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => setUrl(new URL(path, window.location.origin).toString()), [path]);
  // The link is what the admin needs next (to copy and send): the focus goes
  // there, selecting it, rather than staying on a form that was just reset.
  useEffect(() => field.current?.focus(), [path]);
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md bg-brand-50 p-3 text-sm ring-1 ring-brand-600/30">
      <p className="font-medium">{heading}</p>
      <p>{t("intro", { hours: PASSWORD_TOKEN_TTL_HOURS })}</p>
      <label htmlFor="one-time-link" className="font-medium">{t("label")}</label>
      <div className="flex flex-wrap gap-2">
        <input ref={field} id="one-time-link" readOnly value={url} data-testid="one-time-link"
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 font-mono text-xs"
          onFocus={(event) => event.target.select()} />
        <button type="button" className="rounded-md px-3 py-1.5 font-medium ring-1 ring-slate-300 hover:bg-white"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => {});
            setCopied(true);
          }}>
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}
