import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { findValidToken } from "@/lib/auth/password-token";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("auth.setPassword");

// Public on purpose: the one-time token in the link is the credential.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [found, t] = await Promise.all([findValidToken(token), getTranslations("auth.setPassword")]);
  return (
    <AuthCard>
      {found ? (
        <>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro", { email: found.user.email })}</p>
          <SetPasswordForm token={token} email={found.user.email} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
          <p className="mt-2 text-slate-700">{t("invalid")}</p>
          <Link href="/signin" className="mt-4 inline-block font-medium text-brand-700 underline underline-offset-4">{t("toSignIn")}</Link>
        </>
      )}
    </AuthCard>
  );
}
