import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

// Each page's <title> is its heading, in the reader's language (the root
// layout appends the app's name). A tab then says where it is, and Next.js's
// route announcer, which reads the new title after a client-side navigation,
// tells a screen-reader user which page opened.

/** A tab's title: the page's own, then the app's name (the root layout's template, and pages that set their <title> themselves). */
export function withAppName(title: string, appName: string): string {
  return `${title} · ${appName}`;
}

/** `export const generateMetadata = pageTitle("reports.list")`: the title from `namespace.key`. */
export function pageTitle(namespace: string, key = "title"): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations(namespace);
    return { title: t(key) };
  };
}

/** For a report's pages: the title names the report number in the URL. */
export function reportPageTitle(namespace: string, key: string) {
  return async ({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> => {
    const [{ number }, t] = await Promise.all([params, getTranslations(namespace)]);
    return { title: t(key, { number }) };
  };
}
