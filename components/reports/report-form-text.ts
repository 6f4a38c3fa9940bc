// The report form's text, formatted on the server: the form (a Client
// Component) takes it as a prop and so ships no next-intl code (issue 8).
import "server-only";
import { getTranslations } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import type common from "@/messages/pl/common.json";
import type reports from "@/messages/pl/reports.json";
import { MAX_ATTACHMENTS } from "@/lib/reports/fields";

type Reports = typeof reports;

export async function reportFormText() {
  const [t, form, errors, categoryHint, aggression, confirmation, category] = await Promise.all([
    getTranslations("reports.form"),
    clientMessages<Reports["form"]>("reports.form"),
    clientMessages<Reports["errors"]>("reports.errors"),
    clientMessages<Reports["categoryHint"]>("reports.categoryHint"),
    clientMessages<Reports["aggression"]>("reports.aggression"),
    clientMessages<Reports["confirmation"]>("reports.confirmation"),
    clientMessages<(typeof common)["category"]>("common.category"),
  ]);
  // A plural message is formatted here for each count the form can show.
  const uploadFailed = Array.from({ length: MAX_ATTACHMENTS }, (_, index) => t("uploadFailed", { count: index + 1 }));
  return { form, errors: errors as Reports["errors"] & Record<string, string | undefined>, categoryHint, aggression, confirmation, category, uploadFailed };
}

export type ReportFormText = Awaited<ReturnType<typeof reportFormText>>;
