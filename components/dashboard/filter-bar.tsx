import { getTranslations } from "next-intl/server";
import { CATEGORIES, DATE_PRESETS, OUTCOME_FILTERS, STATUSES, type PeriodInput, type ResolvedFilter } from "@/lib/dashboard/filters";

interface Props {
  /** Where the form goes: the dashboard or the report list keep their own page. */
  action: string;
  filter: ResolvedFilter;
  locations: { id: string; code: string; name: string }[];
  /** Dates that made no period: shown as typed, with their messages, instead of the period shown. */
  periodInput?: PeriodInput;
}

const field = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-brand-700";

function CheckboxGroup({ legend, name, options, checked, summary }: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: string[];
  summary: string;
}) {
  return (
    <details className="rounded-md border border-slate-300 bg-white" open={checked.length > 0}>
      <summary className="cursor-pointer px-3 py-1.5 text-sm">
        <span className="font-medium">{legend}</span> <span className="text-slate-600">({summary})</span>
      </summary>
      <fieldset className="px-3 pb-2">
        <legend className="sr-only">{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 py-0.5 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/** A plain GET form: the filter lives in the URL, works without JavaScript and can be bookmarked. */
export async function FilterBar({ action, filter, locations, periodInput }: Props) {
  const t = await getTranslations("dashboard.filters");
  const tc = await getTranslations("common");
  const count = (list: string[]) => (list.length === 0 ? t("all") : t("selected", { count: list.length }));
  const errors = periodInput?.errors ?? {};
  // The first wrong date takes the focus, as a failed submit does in the other forms.
  const firstWrong = errors.from ? "from" : errors.to ? "to" : null;
  const dateField = (name: "from" | "to") => (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={`filter-${name}`} className="font-medium">{t(name)}</label>
      <input
        id={`filter-${name}`}
        type="date"
        name={name}
        defaultValue={periodInput ? periodInput[name] : filter.period[name === "from" ? "fromDay" : "toDay"]}
        className={`${field} aria-invalid:border-red-700`}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `filter-${name}-error custom-hint` : "custom-hint"}
        autoFocus={firstWrong === name}
      />
      {errors[name] ? <span id={`filter-${name}-error`} className="max-w-48 text-xs font-medium text-red-800">{t(`errors.${errors[name]}`)}</span> : null}
    </div>
  );
  return (
    <form method="get" action={action} aria-label={t("title")} className="mt-4 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200 print:hidden">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          {/* Named by the caption alone: a wrapping label would add the chosen option to the name. */}
          <span id="filter-preset-label" className="font-medium">{t("preset")}</span>
          <select name="preset" defaultValue={periodInput ? "custom" : filter.preset} className={field} aria-labelledby="filter-preset-label">
            {DATE_PRESETS.map((preset) => (
              <option key={preset} value={preset}>{t(`presets.${preset}`)}</option>
            ))}
          </select>
        </label>
        {dateField("from")}
        {dateField("to")}
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("outcome")}</span>
          <select name="outcome" defaultValue={filter.outcome ?? ""} className={field}>
            <option value="">{t("anyOutcome")}</option>
            {OUTCOME_FILTERS.map((outcome) => (
              <option key={outcome} value={outcome}>{t(`outcomes.${outcome}`)}</option>
            ))}
          </select>
        </label>
      </div>
      <p id="custom-hint" className="mt-1 text-xs text-slate-600">{t("customHint")}</p>
      <div className="mt-3 grid gap-2 sm:grid-cols-3">
        <CheckboxGroup
          legend={t("locations")}
          name="loc"
          options={locations.map((l) => ({ value: l.id, label: `${l.name} (${l.code})` }))}
          checked={filter.loc}
          summary={count(filter.loc)}
        />
        <CheckboxGroup
          legend={t("categories")}
          name="cat"
          options={CATEGORIES.map((c) => ({ value: c, label: tc(`category.${c}`) }))}
          checked={filter.cat}
          summary={count(filter.cat)}
        />
        <CheckboxGroup
          legend={t("statuses")}
          name="status"
          options={STATUSES.map((s) => ({ value: s, label: tc(`status.${s}`) }))}
          checked={filter.status}
          summary={count(filter.status)}
        />
      </div>
      <div className="mt-3 flex gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700">
          {t("apply")}
        </button>
        <a href={action} className="rounded-md px-4 py-2 text-sm font-medium text-brand-700 underline-offset-4 hover:underline">{t("reset")}</a>
      </div>
    </form>
  );
}
