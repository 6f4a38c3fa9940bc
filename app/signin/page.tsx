import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/permissions";
import { localPagePath } from "@/lib/security/local-path";
import { SSO_PROVIDER_ID, ssoEnabled } from "@/lib/auth/sso";
import { env } from "@/lib/env";
import { SsoButton } from "@/components/auth/sso-button";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("auth", "signInTitle");

// Errors of the password form are shown by the form itself; any other error
// in the URL comes back from the SSO round trip.
const CREDENTIAL_ERRORS = new Set(["CredentialsSignin", "throttled"]);

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; passwordSet?: string }> }) {
  const { callbackUrl, passwordSet, error } = await searchParams;
  const user = await getSessionUser();
  if (user) redirect(localPagePath(callbackUrl) ?? homePathFor(user.role));
  const t = await getTranslations("auth");
  return (
    <AuthCard>
      <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("signInIntro")}</p>
      {passwordSet ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 px-3 py-2 text-sm font-medium text-green-800 ring-1 ring-green-200">
          {t("passwordSetNotice")}
        </p>
      ) : null}
      {error && !CREDENTIAL_ERRORS.has(error) ? (
        <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">
          {t("ssoFailed")}
        </p>
      ) : null}
      {ssoEnabled(env()) ? (
        <div className="mt-6 flex flex-col gap-4">
          <SsoButton providerId={SSO_PROVIDER_ID} callbackUrl={localPagePath(callbackUrl) ?? "/"} />
          <p className="flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
            {t("or")}
          </p>
        </div>
      ) : null}
      <SignInForm callbackUrl={localPagePath(callbackUrl) ?? "/"} />
    </AuthCard>
  );
}
