import { createTranslator } from "next-intl";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { reportPath, type NotificationKind } from "@/lib/notifications/kinds";
import en from "@/messages/en";
import pl from "@/messages/pl";
import type { MailMessage } from "./transport";

const MESSAGES = { pl, en } as const;

export interface MailSubject {
  kind: NotificationKind;
  to: string;
  /** The recipient's own language; their browser's is unknown to a worker. */
  locale: string | null;
  role: Role;
  number: string;
  category: string;
  locationName: string;
}

/**
 * A notification mail: the report number, its category and location and a
 * link, nothing else. Customer data and the report's text never go by mail.
 */
export function composeMail(subject: MailSubject, appUrl: string): MailMessage {
  const locale: Locale = isLocale(subject.locale) ? subject.locale : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications" });
  const common = createTranslator({ locale, messages: MESSAGES[locale], namespace: "common" });
  const base = appUrl.replace(/\/+$/, "");
  const category = common.has(`category.${subject.category}` as never) ? common(`category.${subject.category}` as never) : subject.category;
  const values = { number: subject.number, category, location: subject.locationName };
  const link = `${base}${reportPath(subject.kind, subject.role, subject.number)}`;
  return {
    to: subject.to,
    subject: t(`mail.subject.${subject.kind}`, values),
    text: [
      t(`text.${subject.kind}`, values),
      "",
      t("mail.openLink", { link }),
      "",
      "--",
      t("mail.footer", { link: `${base}/notifications/preferences` }),
    ].join("\n"),
  };
}
