"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";

/** Marks one notification (with `id`) or all of them read, then re-renders the page and the bell. */
export function MarkReadButton({ id, label }: { id?: string; label: string }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = id ? await markNotificationRead({ id }) : await markAllNotificationsRead({});
            setFailed(!result.ok);
            if (result.ok) router.refresh();
          })
        }
        className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60"
      >
        {label}
      </button>
      {failed ? <span role="alert" className="text-sm text-red-700">{t("failed")}</span> : null}
    </span>
  );
}
