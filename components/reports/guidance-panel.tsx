import { getTranslations } from "next-intl/server";

/** The guide's do/don't points, beside the form (a Server Component: no client JS). */
export async function GuidancePanel({ collapsible = false }: { collapsible?: boolean }) {
  const t = await getTranslations("reports.guidance");
  const doItems = t.raw("doItems") as string[];
  const dontItems = t.raw("dontItems") as string[];
  const points = (
    <>
      <h3 className="mt-3 font-semibold text-green-800">{t("do")}</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {doItems.map((item) => (
          <li key={item} className="flex gap-2"><span aria-hidden="true" className="text-green-700">✓</span>{item}</li>
        ))}
      </ul>
      <h3 className="mt-3 font-semibold text-red-800">{t("dont")}</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {dontItems.map((item) => (
          <li key={item} className="flex gap-2"><span aria-hidden="true" className="text-red-700">✗</span>{item}</li>
        ))}
      </ul>
      <p className="mt-3 text-slate-700">{t("rights")}</p>
    </>
  );
  // On a phone the points fold under one line above the form; on a wide screen they sit beside it.
  if (collapsible) {
    return (
      <details className="rounded-lg bg-brand-50 text-sm ring-1 ring-brand-600/20">
        {/* A heading in the summary: the points' headings below are h3, after the page's h1. */}
        <summary className="min-h-11 cursor-pointer px-4 py-3 text-base font-semibold text-brand-800">
          <h2 className="inline">{t("title")}</h2>
        </summary>
        <div className="px-4 pb-4">{points}</div>
      </details>
    );
  }
  return (
    <aside aria-labelledby="guidance-title" className="rounded-lg bg-brand-50 p-4 text-sm ring-1 ring-brand-600/20">
      <h2 id="guidance-title" className="text-base font-semibold text-brand-800">{t("title")}</h2>
      {points}
    </aside>
  );
}
