import { getTranslations } from "next-intl/server";

/** How long a report has been waiting, in the page's language. */
export async function AgeLabel({ since, now }: { since: Date; now: Date }) {
  const t = await getTranslations("review.age");
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return <>{t("minutes", { n: minutes })}</>;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return <>{t("hours", { n: hours })}</>;
  return <>{t("days", { d: Math.floor(hours / 24), h: hours % 24 })}</>;
}
