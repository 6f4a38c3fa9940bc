import { createTranslator } from "next-intl";
import en from "@/messages/en";
import pl from "@/messages/pl";
import type { Translate } from "./columns";

/** The same messages the app uses, outside Next.js (tests, scripts). */
export function translatorFor(locale: "pl" | "en"): Translate {
  const t = createTranslator({ locale, messages: locale === "pl" ? pl : en });
  return (key) => t(key as never);
}
