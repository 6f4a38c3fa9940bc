import { getTranslations } from "next-intl/server";
import { ReasonForm } from "@/components/review/reason-form";
import { requireUser } from "@/lib/auth/guard";
import { listAllReasons } from "@/lib/review/reasons";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("review.reasons");

export default async function DecisionReasonsPage() {
  await requireUser("admin.settings");
  const [reasons, t] = await Promise.all([listAllReasons(), getTranslations("review.reasons")]);
  return (
    <section aria-labelledby="reasons-title" className="flex flex-col gap-4">
      <h1 id="reasons-title" className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("intro")}</p>
      {(["JUSTIFIED", "NOT_JUSTIFIED"] as const).map((outcome) => (
        <section key={outcome} aria-labelledby={`reasons-${outcome}`} className="flex flex-col gap-3">
          <h2 id={`reasons-${outcome}`} className="text-lg font-semibold">{t(`outcomes.${outcome}`)}</h2>
          <ul className="flex flex-col gap-3">
            {reasons
              .filter((reason) => reason.outcome === outcome)
              .map((reason) => (
                <li key={reason.id} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                  <p className="mb-2 font-mono text-sm text-slate-700">{reason.code}</p>
                  <ReasonForm initial={reason} />
                </li>
              ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="reasons-new" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="reasons-new" className="mb-2 text-lg font-semibold">{t("new")}</h2>
        <ReasonForm
          initial={{ code: "", outcome: "JUSTIFIED", labelPl: "", labelEn: "", definitionPl: "", definitionEn: "", sortOrder: 200, active: true }}
        />
      </section>
    </section>
  );
}
