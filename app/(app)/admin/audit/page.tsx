import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditDetails } from "@/components/admin/audit-details";
import { inputClass, secondaryButton } from "@/components/admin/form-bits";
import { DateField } from "@/components/ui/date-field";
import { ScrollTable } from "@/components/ui/scroll-table";
import { auditFilterOptions, listAuditEvents } from "@/lib/admin/audit";
import { auditFilterSchema } from "@/lib/admin/schemas";
import { reasonWithCode } from "@/lib/audit/details";
import { requireUser } from "@/lib/auth/guard";
import { languageOf } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/metadata";
import { endsBeforeStart } from "@/lib/validation/day-range";

export const generateMetadata = pageTitle("admin.audit");

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireUser("admin.audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ events, nextBefore, namesById, reasonLabels }, options, t, common, format, locale] = await Promise.all([
    listAuditEvents(filter),
    auditFilterOptions(),
    getTranslations("admin.audit"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  // Events by name in the reader's language; a code without a label (a new one) as it is.
  const label = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const status = (value: string) => (common.has(`status.${value}`) ? common(`status.${value}`) : value);
  // A decision reason by its label, with its code; the organisation's settings are one record, named by their type alone.
  const entityName = ({ entityType, entityName: name }: (typeof events)[number]) =>
    (entityType === "decision_reason" && name ? reasonWithCode(reasonLabels, name, languageOf(locale)) : undefined) ?? name;
  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(key, value);
    return `/admin/audit?${params}`;
  };
  return (
    <section aria-labelledby="audit-title" className="flex flex-col gap-4">
      <div>
        <h1 id="audit-title" className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex max-w-full flex-col gap-1">
          <label htmlFor="actor" className="text-sm font-medium">{t("actor")}</label>
          <select id="actor" name="actor" defaultValue={filter.actor ?? ""} className={inputClass}>
            <option value="">{t("anyone")}</option>
            {options.actors.map((actor) => <option key={actor.id} value={actor.id}>{actor.name}</option>)}
          </select>
        </div>
        <div className="flex max-w-full flex-col gap-1">
          <label htmlFor="action" className="text-sm font-medium">{t("action")}</label>
          <select id="action" name="action" defaultValue={filter.action ?? ""} className={inputClass}>
            <option value="">{t("anyAction")}</option>
            {options.actions.map((action) => <option key={action} value={action}>{label(action)}</option>)}
          </select>
        </div>
        <div className="flex max-w-full flex-col gap-1">
          <label htmlFor="from" className="text-sm font-medium">{t("from")}</label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} className={inputClass} />
        </div>
        <DateField
          id="to"
          name="to"
          label={t("to")}
          defaultValue={filter.to}
          error={endsBeforeStart(filter) ? t("toBeforeFrom") : null}
          className="flex flex-col gap-1"
          labelClassName="text-sm font-medium"
          inputClassName={inputClass}
        />
        <button type="submit" className={secondaryButton}>{t("filter")}</button>
        <Link href="/admin/audit" className="py-2 text-sm font-medium text-brand-700 underline underline-offset-4">{t("clear")}</Link>
      </form>
      {events.length === 0 ? <p>{t("empty")}</p> : (
        <ScrollTable labelledBy="audit-title" className="rounded-lg bg-white ring-1 ring-slate-200">
          <table aria-labelledby="audit-title" className="w-full text-left text-sm" data-testid="audit-table">
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("when")}</th>
                <th scope="col" className="px-3 py-2">{t("actor")}</th>
                <th scope="col" className="px-3 py-2">{t("action")}</th>
                <th scope="col" className="px-3 py-2">{t("entity")}</th>
                <th scope="col" className="px-3 py-2">{t("details")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 align-top">
              {events.map((event) => (
                <tr key={event.id}>
                  <td className="whitespace-nowrap px-3 py-2">{format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td className="px-3 py-2">{event.actorName ?? t("system")}</td>
                  <td className="px-3 py-2">
                    {label(event.action)}
                    <span className="block font-mono text-xs text-slate-600">{event.action}</span>
                  </td>
                  <td className="px-3 py-2 text-xs">
                    {event.reportNumber ? (
                      <Link href={`/review/${encodeURIComponent(event.reportNumber)}`} className="whitespace-nowrap font-mono font-medium text-brand-700 underline underline-offset-4">
                        {event.reportNumber}
                      </Link>
                    ) : (
                      <>
                        {t.has(`entities.${event.entityType}`) ? t(`entities.${event.entityType}`) : event.entityType}{" "}
                        {event.entityType === "OrgSettings" ? null : event.entityName ? (
                          <span className="break-all font-medium">{entityName(event)}</span>
                        ) : (
                          <span className="font-mono text-slate-600">{event.entityId.slice(0, 8)}</span>
                        )}
                      </>
                    )}
                  </td>
                  <td className="max-w-md break-words px-3 py-2 text-xs text-slate-700">
                    {event.fromStatus ? <p>{status(event.fromStatus)} → {status(event.toStatus ?? "")}</p> : null}
                    {event.reason ? <p>{event.reason}</p> : null}
                    <AuditDetails action={event.action} details={event.details} namesById={namesById} reasonLabels={reasonLabels} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <div className="flex gap-4 text-sm">
        {filter.before ? <Link href={query({ before: undefined })} className="font-medium text-brand-700 underline underline-offset-4">{t("newest")}</Link> : null}
        {nextBefore ? <Link href={query({ before: nextBefore })} className="font-medium text-brand-700 underline underline-offset-4">{t("older")}</Link> : null}
      </div>
    </section>
  );
}
