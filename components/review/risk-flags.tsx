import { getTranslations } from "next-intl/server";
import type { LegalRisk } from "@/lib/generated/prisma/enums";

/** The flags a reviewer must not miss: legal threat, injury, police called. */
export async function RiskFlags({ legalRisk, injury, policeCalled }: { legalRisk: LegalRisk; injury: boolean; policeCalled: boolean }) {
  const t = await getTranslations("review.risks");
  const flags = [
    legalRisk === "THREATENED" ? t("legalThreat") : legalRisk === "LIKELY" ? t("legalLikely") : null,
    injury ? t("injury") : null,
    policeCalled ? t("police") : null,
  ].filter((flag): flag is string => Boolean(flag));
  if (flags.length === 0) return <span className="text-slate-500">{t("none")}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {flags.map((flag) => (
        <li key={flag} className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{flag}</li>
      ))}
    </ul>
  );
}
