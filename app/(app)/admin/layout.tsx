import { AdminNav } from "@/components/admin/admin-nav";
import { IntlClientLayout } from "@/components/i18n/intl-client-layout";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <IntlClientLayout>
      {can(user.role, "admin.users") ? <AdminNav /> : null}
      {children}
    </IntlClientLayout>
  );
}
