"use client";

import { useState } from "react";
import { clearAllDrafts } from "@/components/reports/draft-storage";

// next-auth's own signOut() (next-auth/react, ~9 kB gzip) would ship on every
// signed-in page; this does the same two requests: the CSRF token, then the
// sign-out POST, whose signOut event revokes the server-side session.
async function signOut(callbackUrl: string) {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  // Only once the session is gone: a failed sign-out keeps the person signed
  // in, and their unsent report with them. next-auth answers a refused CSRF
  // token with 200 too, pointing at its sign-out page with `csrf=true`. An
  // expired session keeps its draft as well (that is no sign-out), so the
  // person can sign in and send it.
  const signedOut = response.ok && !(url && new URL(url, window.location.origin).searchParams.has("csrf"));
  if (signedOut) clearAllDrafts();
  window.location.href = url ?? callbackUrl;
}

export function SignOutButton({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        signOut("/signin").catch(() => setPending(false));
      }}
      className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
