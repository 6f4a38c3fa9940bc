"use client";

import { useTranslations } from "next-intl";
import { claimAction, releaseAction } from "@/lib/review/actions";
import { FormError } from "@/components/ui/form-messages";
import { useReviewAction } from "./use-review-action";

/** Claim a submitted report, or give it back to the queue. */
export function ClaimControls({ reportId, version, mode }: { reportId: string; version: number; mode: "claim" | "release" }) {
  const t = useTranslations("review.detail");
  const done = useTranslations("review.done");
  const claim = useReviewAction(claimAction, { done: done("claimed"), typed: false });
  const release = useReviewAction(releaseAction, { done: done("released"), typed: false });
  const current = mode === "claim" ? claim : release;
  return (
    <div className="flex flex-col gap-2">
      <FormError id={`${mode}-error`} message={current.formError} />
      <button
        type="button"
        disabled={current.pending}
        onClick={() => current.run({ reportId, version })}
        className={
          mode === "claim"
            ? "w-fit rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
            : "w-fit rounded-md border border-brand-700 px-4 py-2.5 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-70"
        }
      >
        {mode === "claim" ? t("claim") : t("release")}
      </button>
    </div>
  );
}
