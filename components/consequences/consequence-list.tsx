import { getFormatter, getTranslations } from "next-intl/server";
import type { consequencesOf } from "@/lib/consequences/service";

type Consequences = Awaited<ReturnType<typeof consequencesOf>>;

export async function ConsequenceList({ consequences, children }: { consequences: Consequences; children?: React.ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.consequenceForm"), getFormatter()]);
  return (
    <section aria-labelledby="consequence-list-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="consequence-list-title" className="text-lg font-semibold">{t("listTitle")}</h2>
      {consequences.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("noneYet")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" data-testid="consequence-list">
          {consequences.map((c) => (
            <li key={c.id}>
              <p className="font-medium">{t(`kinds.${c.kind}`)}</p>
              <p className="text-sm text-slate-600">
                {t("recordedBy", { name: c.recordedBy.name, date: format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              {c.note ? <p className="whitespace-pre-line wrap-anywhere text-sm">{c.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
