import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { riskPanel } from "@/lib/dashboard/risks";

type Risks = Awaited<ReturnType<typeof riskPanel>>;

export async function RiskPanel({ risks, reportHref }: { risks: Risks; reportHref: (number: string) => string }) {
  const [t, tc, format] = await Promise.all([getTranslations("dashboard.risks"), getTranslations("common"), getFormatter()]);
  // min-w-0 and wrap-anywhere: a long name or place must wrap in its card, not widen the page on a phone.
  const card = "min-w-0 wrap-anywhere rounded-lg bg-white p-4 ring-1 ring-slate-200 break-inside-avoid";
  return (
    <section aria-labelledby="risks-title" className="mt-6">
      <h2 id="risks-title" className="text-lg font-semibold">{t("title")}</h2>
      <dl className="mt-2 grid grid-cols-3 gap-3">
        {(["legal", "injury", "police"] as const).map((key) => (
          <div key={key} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <dt className="text-sm text-slate-600">{t(`counts.${key}`)}</dt>
            <dd className="text-2xl font-semibold" data-testid={`risk-${key}`}>{format.number(risks.counts[key])}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className={card}>
          <h3 className="font-semibold">{t("recent")}</h3>
          {risks.recent.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : (
            <ul className="mt-2 flex flex-col gap-2 text-sm">
              {risks.recent.map((r) => (
                <li key={r.number}>
                  <Link href={reportHref(r.number)} className="whitespace-nowrap font-medium text-brand-700 underline-offset-4 hover:underline">{r.number}</Link>{" "}
                  <span className="text-slate-600">· {format.dateTime(r.createdAt, { dateStyle: "medium" })} · {r.locationName} · {tc(`status.${r.status}`)}</span>
                  <br />
                  <span>
                    {[r.legalRisk !== "NONE" && t(`legal.${r.legalRisk}`), r.injury && t("flags.injury"), r.policeCalled && t("flags.police")]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className={card}>
          <h3 className="font-semibold">{t("training")}</h3>
          <p className="text-xs text-slate-600">{t("trainingHint")}</p>
          {risks.employees.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : (
            <ol className="mt-2 flex list-decimal flex-col gap-1 pl-5 text-sm" data-testid="training-list">
              {risks.employees.map((e) => (
                <li key={e.reporterId}>{e.name}: {t("notJustifiedOf", { count: e.notJustified, decided: e.decided })}</li>
              ))}
            </ol>
          )}
        </div>
        <div className={card}>
          <h3 className="font-semibold">{t("security")}</h3>
          <p className="text-xs text-slate-600">{t("securityHint")}</p>
          {risks.locations.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("none")}</p> : (
            <ol className="mt-2 flex list-decimal flex-col gap-1 pl-5 text-sm" data-testid="security-list">
              {risks.locations.map((l) => (
                <li key={l.locationId}>{l.name}: {t("aggressiveOf", { count: l.aggressive, reports: l.reports })}</li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
