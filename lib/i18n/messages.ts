import type { Locale } from "./locales";

// Messages are split by feature (messages/<locale>/<feature>.json) so features
// can grow without touching one shared file; each file is one namespace.
const loaders: Record<Locale, () => Promise<Record<string, unknown>>> = {
  pl: () => import("@/messages/pl").then((m) => m.default),
  en: () => import("@/messages/en").then((m) => m.default),
};

export function loadMessages(locale: Locale) {
  return loaders[locale]();
}
