import Link from "next/link";
import { useEffect, useRef } from "react";
import type { ReportFormText } from "./report-form-text";

/** Shown after filing (and after a retry that found the same report). */
/** `failedUploads`: the names of the evidence files that could not be attached. */
export function FiledConfirmation(props: { number: string; failedUploads: string[]; onAnother: () => void; text: ReportFormText }) {
  const { number, failedUploads, onAnother } = props;
  const t = props.text.confirmation;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section role="status" aria-labelledby="filed-title" className="flex flex-col gap-4 rounded-lg bg-white p-5 ring-1 ring-green-300">
      <h2 id="filed-title" ref={heading} tabIndex={-1} className="text-xl font-semibold text-green-800">
        {t.title}
      </h2>
      <p>
        {t.number}: <strong data-testid="report-number" className="whitespace-nowrap font-mono text-lg">{number}</strong>
      </p>
      <p className="text-slate-700">{t.body}</p>
      {failedUploads.length ? (
        <div role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300">
          <p>{props.text.uploadFailed[Math.min(failedUploads.length, props.text.uploadFailed.length) - 1]}</p>
          <ul className="mt-1 list-disc pl-5" data-testid="failed-uploads">
            {failedUploads.map((name, index) => <li key={`${name}-${index}`} className="break-all">{name}</li>)}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href={`/reports/${encodeURIComponent(number)}`} className="rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">
          {t.open}
        </Link>
        <Link href="/reports" className="rounded-md px-4 py-3 font-medium text-brand-700 underline underline-offset-4">
          {t.myReports}
        </Link>
        <button type="button" onClick={onAnother} className="rounded-md px-4 py-3 font-medium text-brand-700 underline underline-offset-4">
          {t.another}
        </button>
      </div>
    </section>
  );
}
