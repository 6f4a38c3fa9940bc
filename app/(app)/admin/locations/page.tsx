import { getTranslations } from "next-intl/server";
import { CreateLocationForm, LocationEditor } from "@/components/admin/location-forms";
import { listLocations, listSupervisors } from "@/lib/admin/locations";
import { requireUser } from "@/lib/auth/guard";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("admin.locations");

export default async function LocationsPage() {
  await requireUser("admin.locations");
  const [locations, supervisors, t] = await Promise.all([listLocations(), listSupervisors(), getTranslations("admin.locations")]);
  // The form ticks only people it lists: a deactivated or demoted supervisor's
  // leftover assignment would be a hidden, un-untickable id that fails every save.
  const listed = new Set(supervisors.map((s) => s.id));
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="locations-title">
        <h1 id="locations-title" className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </section>
      <section aria-labelledby="new-location" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="new-location" className="mb-3 text-lg font-semibold">{t("createTitle")}</h2>
        <CreateLocationForm />
      </section>
      {locations.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {locations.map((location) => (
          <li key={location.id} aria-labelledby={`loc-${location.id}`} data-testid={`location-${location.code}`}
            className={`rounded-lg p-4 ring-1 ring-slate-200 ${location.archivedAt ? "bg-slate-100" : "bg-white"}`}>
            <h2 id={`loc-${location.id}`} className="text-lg font-semibold">
              {location.name} <span className="font-mono text-sm text-slate-600">{location.code}</span>
              {location.archivedAt ? <span className="ml-2 text-sm font-normal text-slate-600">({t("archived")})</span> : null}
            </h2>
            <p className="mb-3 text-sm text-slate-600">
              {t("members", { count: location._count.members })} · {t("reports", { count: location._count.reports })}
            </p>
            <LocationEditor
              supervisors={supervisors}
              location={{
                id: location.id,
                code: location.code,
                name: location.name,
                archived: Boolean(location.archivedAt),
                supervisorIds: location.supervisors.map((s) => s.userId).filter((id) => listed.has(id)),
              }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
