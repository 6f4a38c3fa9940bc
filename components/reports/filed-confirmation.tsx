import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** Shown after filing (and after a retry that found the same report). */
export function FiledConfirmation({ number, failedUploads, onAnother }: { number: string; failedUploads: number; onAnother: () => void }) {
  const t = useTranslations("reports");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section role="status" aria-labelledby="filed-title" className="flex flex-col gap-4 rounded-lg bg-white p-5 ring-1 ring-green-300">
      <h2 id="filed-title" ref={heading} tabIndex={-1} className="text-xl font-semibold text-green-800">
        {t("confirmation.title")}
      </h2>
      <p>
        {t("confirmation.number")}: <strong data-testid="report-number" className="font-mono text-lg">{number}</strong>
      </p>
      <p className="text-slate-700">{t("confirmation.body")}</p>
      {failedUploads ? (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300">
          {t("form.uploadFailed", { count: failedUploads })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href={`/reports/${encodeURIComponent(number)}`} className="rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">
          {t("confirmation.open")}
        </Link>
        <Link href="/reports" className="rounded-md px-4 py-3 font-medium text-brand-700 underline underline-offset-4">
          {t("confirmation.myReports")}
        </Link>
        <button type="button" onClick={onAnother} className="rounded-md px-4 py-3 font-medium text-brand-700 underline underline-offset-4">
          {t("confirmation.another")}
        </button>
      </div>
    </section>
  );
}
