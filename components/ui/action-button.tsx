"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { announceDone } from "./announce";

/**
 * A button that runs one Server Action, then re-renders the page (and so the
 * header bell); while it runs it is disabled, and a failure is announced beside it.
 * Done, it is gone from the refreshed page: `done` is announced and the focus
 * goes to `focusAfter` or the page's heading rather than falling to the top
 * of the document.
 */
export function ActionButton<Input>({
  action,
  input,
  label,
  failedLabel,
  done,
  focusAfter,
  name,
  nowrap = false,
}: {
  action: (input: Input) => Promise<{ ok: boolean }>;
  input: Input;
  label: string;
  failedLabel: string;
  /** Said once it worked ("Marked as read."). */
  done: string;
  /** The id of what takes the focus then (a row's link); the page's heading otherwise. */
  focusAfter?: string;
  /** The accessible name when a list repeats the label ("Mark as read: R-2026-000123"); it starts with the label. */
  name?: string;
  /** For narrow table cells, where a wrapped label would make a tall button. */
  nowrap?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={name}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action(input);
            setFailed(!result.ok);
            if (!result.ok) return;
            announceDone(done, focusAfter);
            router.refresh();
          })
        }
        className={`${nowrap ? "whitespace-nowrap " : ""}rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60`}
      >
        {label}
      </button>
      {failed ? <span role="alert" className="text-sm text-red-700">{failedLabel}</span> : null}
    </span>
  );
}
