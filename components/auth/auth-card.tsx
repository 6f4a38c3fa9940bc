import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";

/**
 * The frame of the pages people see before they are signed in (sign-in,
 * setting a password): the product's name, the language switcher, and one
 * card, centred on a phone and a desktop alike.
 */
export async function AuthCard({ children }: { children: ReactNode }) {
  const common = await getTranslations("common");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <p className="text-lg font-semibold text-brand-800">{common("appName")}</p>
        <LanguageSwitcher />
      </div>
      <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">{children}</div>
    </main>
  );
}
