"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";
import { announceDone } from "./announce";
import { useFocusBackAfter } from "./focus-back";

/**
 * A button that runs one Server Action, then re-renders the page (and so the
 * header bell); while it runs it is disabled, and a failure is announced beside it:
 * an ended session (a sign-out in another tab) as such, since trying again cannot
 * help, and anything else, a lost connection included, as `failedLabel`.
 * Done, it is gone from the refreshed page: `done` is announced and the focus
 * goes to `focusAfter` or the page's heading rather than falling to the top
 * of the document.
 */
export function ActionButton<Input>({
  action,
  input,
  label,
  failedLabel,
  sessionEndedLabel,
  done,
  focusAfter,
  name,
  nowrap = false,
}: {
  action: (input: Input) => Promise<ActionResult<unknown>>;
  input: Input;
  label: string;
  failedLabel: string;
  sessionEndedLabel: string;
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
  const [failure, setFailure] = useState<string | null>(null);
  // Disabled while it runs, the button loses the focus: a refusal gives it back.
  const rememberFocus = useFocusBackAfter(pending);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={name}
        disabled={pending}
        onClick={() => {
          // Taken away while it runs: the same failure again is a new alert, read out again.
          setFailure(null);
          rememberFocus();
          startTransition(async () => {
            const result = await action(input).catch(() => null);
            if (!result?.ok) return setFailure(result?.code === "unauthenticated" ? sessionEndedLabel : failedLabel);
            announceDone(done, focusAfter);
            router.refresh();
          });
        }}
        className={`${nowrap ? "whitespace-nowrap " : ""}rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60`}
      >
        {label}
      </button>
      {failure ? <span role="alert" className="text-sm text-red-700">{failure}</span> : null}
    </span>
  );
}
