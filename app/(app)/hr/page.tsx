import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { reportTotals } from "@/lib/dashboard/queries";

export default async function DashboardPage() {
  const user = await requireUser("dashboard.view");
  const [totals, t] = await Promise.all([reportTotals(user), getTranslations("common")]);
  return (
    <section aria-labelledby="dashboard">
      <h1 id="dashboard" className="text-2xl font-semibold">{t("nav.dashboard")}</h1>
      <p className="mt-1 text-slate-600">{t("placeholder.hr")}</p>
      <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">{t("nav.reports")}</dt>
          <dd className="text-2xl font-semibold">{totals.reports}</dd>
        </div>
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">{t("status.JUSTIFIED")}</dt>
          <dd className="text-2xl font-semibold">{totals.justified}</dd>
        </div>
        <div className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">{t("status.NOT_JUSTIFIED")}</dt>
          <dd className="text-2xl font-semibold">{totals.notJustified}</dd>
        </div>
      </dl>
    </section>
  );
}
