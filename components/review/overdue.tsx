import { getTranslations } from "next-intl/server";

const BADGE = "inline-block rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800";

/** The "Overdue" mark beside an item waiting past the review deadline. */
export async function OverdueBadge({ className = "" }: { className?: string }) {
  const t = await getTranslations("review.queue");
  return <span className={`${BADGE} ${className}`.trim()}>{t("overdueBadge")}</span>;
}

/**
 * What the badge means, as a legend under the list, shown when any item has
 * it: a title attribute reaches neither a phone nor a keyboard.
 */
export async function OverdueLegend({ shown, deadlineHours }: { shown: boolean; deadlineHours: number }) {
  if (!shown) return null;
  const t = await getTranslations("review.queue");
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="overdue-legend">
      <OverdueBadge /> {t("overdueHint", { hours: deadlineHours })}
    </p>
  );
}
