import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { listUsers } from "@/lib/admin/users";

export default async function UsersPage() {
  await requireUser("admin.users");
  const [users, t] = await Promise.all([listUsers(), getTranslations("common")]);
  return (
    <section aria-labelledby="users">
      <h1 id="users" className="text-2xl font-semibold">{t("nav.users")}</h1>
      <p className="mt-1 text-slate-600">{t("placeholder.users")}</p>
      <ul className="mt-4 divide-y divide-slate-200 rounded-lg bg-white ring-1 ring-slate-200">
        {users.map((user) => (
          <li key={user.id} className="flex flex-wrap justify-between gap-2 px-4 py-3 text-sm">
            <span className="font-medium">{user.name}</span>
            <span>{user.email}</span>
            <span className="text-slate-600">{t(`roles.${user.role}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
