"use client";

import { useEffect, useState } from "react";
import { useErrorText } from "@/components/shell/error-text";

// Production errors reach the browser without detail, so ask the health
// endpoint whether the cause is the database, and say so plainly.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorText();
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((response) => setDatabaseDown(response.status === 503))
      .catch(() => setDatabaseDown(false));
  }, []);
  const shown = databaseDown ? text.dbUnavailable : text.error;
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-lg flex-col justify-center gap-3 px-4 py-10" role="alert">
      <h1 className="text-2xl font-semibold">{shown.title}</h1>
      <p className="text-slate-700">{shown.body}</p>
      <button type="button" onClick={reset} className="self-start rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {text.error.retry}
      </button>
    </main>
  );
}
