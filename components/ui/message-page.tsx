import Link from "next/link";

/** A full-page message (403, 404, database down) with a way back. */
export function MessagePage({ title, body, action }: { title: string; body: string; action?: { href: string; label: string } }) {
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-lg flex-col justify-center gap-3 px-4 py-10">
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
