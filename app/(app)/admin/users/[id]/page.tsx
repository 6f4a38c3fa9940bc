import type { Metadata } from "next";
import Link from "next/link";
import { PersonalDataExportLink } from "@/components/privacy/export-link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { UserAccountActions } from "@/components/admin/user-account-actions";
import { UserForm } from "@/components/admin/user-form";
import { listLocations } from "@/lib/admin/locations";
import { getUserForAdmin } from "@/lib/admin/users";
import { requireUser } from "@/lib/auth/guard";

/** The person's name, then the section: each open account is its own tab. Guarded as the page is, so no name reaches anyone else. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  await requireUser("admin.users");
  const { id } = await params;
  const [user, t] = await Promise.all([z.uuid().safeParse(id).success ? getUserForAdmin(id) : null, getTranslations("admin")]);
  return { title: user ? `${user.name} · ${t("users.title")}` : t("users.title") };
}

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser("admin.users");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [user, locations, t, format] = await Promise.all([
    getUserForAdmin(id),
    listLocations(),
    getTranslations("admin"),
    getFormatter(),
  ]);
  if (!user) notFound();
  // Archived locations stay listed only where the person still has them.
  const assigned = new Set([...user.locationIds, ...user.supervisedLocationIds]);
  const options = locations.filter((l) => !l.archivedAt || assigned.has(l.id)).map(({ id, name }) => ({ id, name }));
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 underline underline-offset-4">{t("userDetail.back")}</Link>
      <div>
        <h1 className="text-2xl font-semibold wrap-anywhere">{user.name}</h1>
        <p className="text-slate-600">{user.email}</p>
      </div>
      <section aria-labelledby="account" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="account" className="mb-3 text-lg font-semibold">{t("userDetail.account")}</h2>
        <dl className="mb-4 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          <dt className="text-slate-600">{t("users.status")}</dt>
          <dd data-testid="user-status">
            {user.active ? t("users.statusActive") : t("userDetail.inactiveSince", { date: format.dateTime(user.deactivatedAt ?? new Date(), { dateStyle: "medium" }) })}
          </dd>
          <dt className="text-slate-600">{t("userDetail.password")}</dt>
          <dd>{user.hasPassword ? t("userDetail.passwordSet") : t("userDetail.passwordNotSet")}{user.ssoSubject ? ` · ${t("userDetail.ssoLinked")}` : ""}</dd>
          <dt className="text-slate-600">{t("userDetail.reportCount")}</dt>
          <dd>{user.reportCount}</dd>
          <dt className="text-slate-600">{t("userDetail.openSessions")}</dt>
          <dd>{user.openSessionCount}</dd>
        </dl>
        <UserForm
          locations={options}
          initial={{
            userId: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            locationIds: user.locationIds,
            supervisedLocationIds: user.supervisedLocationIds,
          }}
        />
      </section>
      <section aria-labelledby="actions" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="actions" className="mb-3 text-lg font-semibold">{t("userDetail.actions")}</h2>
        <UserAccountActions userId={user.id} name={user.name} active={user.active} self={user.id === admin.id} />
        <PersonalDataExportLink userId={user.id} />
      </section>
    </div>
  );
}
