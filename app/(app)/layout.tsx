import { AppHeader } from "@/components/shell/app-header";
import { Announcer } from "@/components/ui/announcer";
import { requireUser } from "@/lib/auth/guard";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      <Announcer />
    </>
  );
}
