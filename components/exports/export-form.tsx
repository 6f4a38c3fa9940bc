import { getLocale, getTranslations } from "next-intl/server";
import { pinnedFilterParams, type ResolvedFilter } from "@/lib/dashboard/filters";
import { languageOf } from "@/lib/i18n/locales";

/** GET form to the export routes carrying the page's filter, its period pinned to the days shown; the browser downloads the file. */
export async function ExportForm({ filter, summaryHref }: { filter: ResolvedFilter; summaryHref?: string }) {
  const [t, locale] = await Promise.all([getTranslations("exports"), getLocale()]);
  const hidden = [...pinnedFilterParams(filter).entries()];
  const button =
    "rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700";
  return (
    <form method="get" action="/api/exports/csv" aria-labelledby="export-title" className="mt-6 rounded-lg bg-white p-4 ring-1 ring-slate-200 print:hidden">
      <h2 id="export-title" className="text-lg font-semibold">{t("title")}</h2>
      {hidden.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div className="mt-2 flex flex-col gap-1 text-sm">
        <label className="flex items-center gap-2">
          {/* A Polish Excel splits a CSV on semicolons (its decimal separator is the comma): ticked for a Polish reader. */}
          <input type="checkbox" name="sep" value="semicolon" defaultChecked={languageOf(locale) === "pl"} />
          {t("semicolon")}
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="customer" value="1" />
          {t("includeCustomer")}
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" formAction="/api/exports/csv" className={button}>{t("download")} {t("csv")}</button>
        <button type="submit" formAction="/api/exports/xlsx" className={button}>{t("download")} {t("xlsx")}</button>
        {summaryHref ? (
          <a href={summaryHref} className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline">{t("printSummary")}</a>
        ) : null}
      </div>
    </form>
  );
}
