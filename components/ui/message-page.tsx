import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withAppName } from "@/lib/i18n/metadata";

/**
 * A full-page message (403, 404, database down) with a way back.
 * `documentTitle` sets the tab's title where no page metadata can: a refused or
 * missing page otherwise keeps the title of the page that was asked for
 * ("Report R-2026-999999") or none of its own, and a screen reader announces
 * that instead of the refusal. React places the `<title>` in the head.
 */
export function MessagePage({
  title,
  body,
  action,
  documentTitle,
}: {
  title: string;
  body: string;
  action?: { href: string; label: string };
  documentTitle?: string;
}) {
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-lg flex-col justify-center gap-3 px-4 py-10">
      {documentTitle ? <title>{documentTitle}</title> : null}
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-700">{body}</p>
      {action ? (
        <Link href={action.href} className="font-medium text-brand-700 underline underline-offset-4">
          {action.label}
        </Link>
      ) : null}
    </main>
  );
}

/** The 403 and 404 pages (`app/forbidden.tsx`, `app/not-found.tsx`), with a way to the start page. */
export async function AccessMessagePage({ kind }: { kind: "forbidden" | "notFound" }) {
  const [t, common] = await Promise.all([getTranslations(`common.${kind}`), getTranslations("common")]);
  return (
    <MessagePage
      title={t("title")}
      body={t("body")}
      action={{ href: "/", label: t("home") }}
      documentTitle={withAppName(t("title"), common("appName"))}
    />
  );
}
