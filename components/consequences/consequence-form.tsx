"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { recordConsequenceAction } from "@/lib/consequences/actions";
import { CONSEQUENCE_KINDS, recordConsequenceSchema } from "@/lib/consequences/schema";

/** Records what followed a refusal (HR everywhere, supervisors at their locations). */
export function ConsequenceForm({ reportId, recorded }: { reportId: string; recorded: string[] }) {
  const t = useTranslations("dashboard.consequenceForm");
  const router = useRouter();
  const [kind, setKind] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const available = CONSEQUENCE_KINDS.filter((k) => !recorded.includes(k));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { reportId, kind, note: note || undefined };
    if (!recordConsequenceSchema.safeParse(input).success) return setMessage({ error: true, text: t("errors.validation") });
    startTransition(async () => {
      try {
        const result = await recordConsequenceAction(input);
        if (!result.ok) {
          const key = `errors.${result.message}`;
          setMessage({ error: true, text: t.has(key as never) ? t(key as never) : t("errors.unexpected") });
          return;
        }
        setKind("");
        setNote("");
        setMessage({ error: false, text: t("saved") });
        router.refresh();
      } catch {
        setMessage({ error: true, text: t("errors.unexpected") });
      }
    });
  }

  if (available.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-2 print:hidden" aria-labelledby="consequence-form-title">
      <h3 id="consequence-form-title" className="font-semibold">{t("title")}</h3>
      <label htmlFor="consequence-kind" className="text-sm font-medium">{t("kind")}</label>
      <select
        id="consequence-kind"
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        className="w-fit rounded-md border border-slate-400 bg-white px-2 py-2"
      >
        <option value="">{t("choose")}</option>
        {available.map((k) => (
          <option key={k} value={k}>{t(`kinds.${k}`)}</option>
        ))}
      </select>
      <label htmlFor="consequence-note" className="text-sm font-medium">{t("note")}</label>
      <textarea
        id="consequence-note"
        rows={2}
        maxLength={1000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        className="w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 py-2"
      />
      {message ? (
        <p role={message.error ? "alert" : "status"} className={`text-sm font-medium ${message.error ? "text-red-700" : "text-green-800"}`}>{message.text}</p>
      ) : null}
      <button type="submit" disabled={pending || !kind} className="w-fit rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {t("submit")}
      </button>
    </form>
  );
}
