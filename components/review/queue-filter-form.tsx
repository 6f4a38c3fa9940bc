import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateField } from "@/components/ui/date-field";
import { CATEGORIES, type QueueFilters } from "@/lib/review/queue-filters";
import { endsBeforeStart } from "@/lib/validation/day-range";

type Option = { id: string; name: string };

const field = "flex flex-col gap-1 text-sm";
const control = "rounded-md border border-slate-400 bg-white px-2 py-2 text-base sm:text-sm";

/** The queue's filters as a plain GET form: they end up in the URL, no script needed. */
export async function QueueFilterForm({
  filters,
  locations,
  employees,
}: {
  filters: QueueFilters;
  locations: Option[];
  employees: Option[];
}) {
  const t = await getTranslations("review.filters");
  const common = await getTranslations("common");
  return (
    <form method="get" action="/review" aria-label={t("title")} className="mt-4 grid grid-cols-2 gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 sm:grid-cols-3 lg:grid-cols-4">
      {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
      <label className={field}>
        {t("location")}
        <select name="location" defaultValue={filters.location ?? ""} className={control}>
          <option value="">{t("any")}</option>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>{location.name}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t("category")}
        <select name="category" defaultValue={filters.category ?? ""} className={control}>
          <option value="">{t("any")}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>{common(`category.${category}`)}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t("employee")}
        <select name="employee" defaultValue={filters.employee ?? ""} className={control}>
          <option value="">{t("anyEmployee")}</option>
          {employees.map((employee) => (
            <option key={employee.id} value={employee.id}>{employee.name}</option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t("from")}
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
      </label>
      <DateField
        id="queue-to"
        name="to"
        label={t("to")}
        defaultValue={filters.to}
        error={endsBeforeStart(filters) ? t("toBeforeFrom") : null}
        className={field}
        inputClassName={control}
      />
      <label className={field}>
        {t("sort")}
        <select name="sort" defaultValue={filters.sort ?? "age"} className={control}>
          <option value="age">{t("sortAge")}</option>
          <option value="occurred">{t("sortOccurred")}</option>
        </select>
      </label>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine === "1"} className="h-5 w-5" />
        {t("mine")}
      </label>
      <div className="col-span-2 flex items-end gap-3 sm:col-span-1">
        <button type="submit" className="whitespace-nowrap rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/review" className="py-2 text-sm font-medium text-brand-700 underline underline-offset-4">{t("clear")}</Link>
      </div>
    </form>
  );
}
