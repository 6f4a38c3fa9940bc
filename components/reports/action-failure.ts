import type { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;
type Translate = ReturnType<typeof useTranslations<"reports">>;

/**
 * What the reporter's small forms (answer, withdraw) say when the server
 * refuses: a conflict or an ended session in their own words, as the filing
 * and review forms do (an ended session said "something went wrong", and a
 * retry could never work), else the field's message, else "unexpected".
 */
export function reporterFailureMessage(t: Translate, failure: Failure, field: string): string {
  if (failure.code === "conflict") return t("errors.conflict");
  if (failure.code === "unauthenticated") return t("errors.unauthenticated");
  const key = failure.fieldErrors?.[field]?.[0];
  // The schema's message keys ("errors.tooLong") are the catalogue's, unknown to its types.
  return key && t.has(key as never) ? t(key as never) : t("errors.unexpected");
}
