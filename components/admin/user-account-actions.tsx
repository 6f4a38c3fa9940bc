"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  deactivateUserAction,
  reactivateUserAction,
  resetPasswordAction,
  revokeSessionsAction,
} from "@/lib/admin/user-actions";
import { FormError, FormNotice } from "@/components/ui/form-messages";
import { dangerButton, secondaryButton } from "./form-bits";
import { OneTimeLink } from "./one-time-link";
import { useAdminAction } from "./use-admin-action";

/** Deactivate / reactivate, reset password (new one-time link), end sessions. */
export function UserAccountActions({ userId, name, active, self }: { userId: string; name: string; active: boolean; self: boolean }) {
  const t = useTranslations("admin.userDetail");
  const link = useTranslations("admin.link");
  const { pending, error, notice, run } = useAdminAction();
  const [resetPath, setResetPath] = useState<string | null>(null);

  // The question names the person and what happens: "Are you sure?" says neither.
  function confirmThen(question: "confirmReset" | "confirmDeactivate", action: () => void) {
    if (window.confirm(t(question, { name }))) action();
  }

  return (
    <div className="flex flex-col gap-3">
      <FormError id="account-actions-error" message={error} />
      <FormNotice message={notice} />
      {resetPath ? <OneTimeLink path={resetPath} heading={link("reset")} /> : null}
      {active ? (
        <>
          <div className="flex flex-col gap-1">
            <div>
              <button type="button" disabled={pending} className={secondaryButton}
                onClick={() => confirmThen("confirmReset", () => run(resetPasswordAction, { userId }, (data) => { setResetPath(data.setPasswordPath); }))}>
                {t("resetPassword")}
              </button>
            </div>
            <p className="text-xs text-slate-600">{t("resetHint")}</p>
          </div>
          <div>
            <button type="button" disabled={pending} className={secondaryButton}
              onClick={() => run(revokeSessionsAction, { userId }, (data) => t("revoked", { count: data.revoked }))}>
              {t("revokeSessions")}
            </button>
          </div>
          {self ? null : (
            <div className="flex flex-col gap-1">
              <div>
                <button type="button" disabled={pending} className={dangerButton}
                  onClick={() => confirmThen("confirmDeactivate", () => run(deactivateUserAction, { userId }, () => { setResetPath(null); return t("deactivated"); }))}>
                  {t("deactivate")}
                </button>
              </div>
              <p className="text-xs text-slate-600">{t("deactivateHint")}</p>
            </div>
          )}
        </>
      ) : (
        <div>
          <button type="button" disabled={pending} className={secondaryButton}
            onClick={() => run(reactivateUserAction, { userId }, () => t("reactivated"))}>
            {t("reactivate")}
          </button>
        </div>
      )}
    </div>
  );
}
