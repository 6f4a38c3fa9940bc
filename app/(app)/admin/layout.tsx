import { AdminNav } from "@/components/admin/admin-nav";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      {can(user.role, "admin.users") ? <AdminNav /> : null}
      {children}
    </>
  );
}
