import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { countQueueByStatus } from "@/lib/review/queries";

export default async function ReviewQueuePage() {
  const user = await requireUser("reports.review");
  const [counts, t] = await Promise.all([countQueueByStatus(user), getTranslations("common")]);
  return (
    <section aria-labelledby="queue">
      <h1 id="queue" className="text-2xl font-semibold">{t("nav.review")}</h1>
      <p className="mt-1 text-slate-600">{t("placeholder.review")}</p>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["SUBMITTED", "IN_REVIEW", "NEEDS_INFO"] as const).map((status) => (
          <div key={status} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <dt className="text-sm text-slate-600">{t(`status.${status}`)}</dt>
            <dd className="text-2xl font-semibold">{counts[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
