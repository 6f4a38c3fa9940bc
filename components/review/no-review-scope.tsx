import { getTranslations } from "next-intl/server";

/** Shown instead of an empty queue, appeal list or dashboard to a supervisor no location is assigned to. */
export async function NoReviewScope() {
  const t = await getTranslations("review");
  return (
    <p className="mt-4 rounded-lg bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-300" data-testid="no-review-scope">
      {t("noLocations")}
    </p>
  );
}
