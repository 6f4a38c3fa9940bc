import { getTranslations } from "next-intl/server";
import type { PeriodInput } from "@/lib/dashboard/filters";

/** Why the page shows another view than the address asked for: wrong dates (marked in the filter bar), or a filter it cannot read. */
export async function InvalidFilter({ invalid, periodInput }: { invalid: boolean; periodInput?: PeriodInput }) {
  if (!invalid) return null;
  const t = await getTranslations("dashboard");
  return <p role="alert" className="mt-2 text-sm text-amber-800">{periodInput ? t("invalidPeriod") : t("invalidFilter")}</p>;
}
