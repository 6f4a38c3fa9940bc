"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryMailJobAction, retryOutboxEventAction } from "@/lib/jobs/actions";

/** Puts a failed mail job or a stopped outbox event back to work (admins, /admin/jobs). */
export function RetryButton({ kind, id }: { kind: "mail" | "outbox"; id: string }) {
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
            const result = kind === "mail" ? await retryMailJobAction({ id }) : await retryOutboxEventAction({ id });
            setFailed(!result.ok);
            if (result.ok) router.refresh();
          })
        }
        className="whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60"
      >
        {t("jobs.retry")}
      </button>
      {failed ? <span role="alert" className="text-sm text-red-700">{t("failed")}</span> : null}
    </span>
  );
}
