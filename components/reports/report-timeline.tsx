import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/reports/detail";
import { StatusBadge } from "./status-badge";
import { languageOf } from "@/lib/i18n/locales";

/** What happened to a report, oldest first (reused by the review pages). */
export async function ReportTimeline({ entries }: { entries: TimelineEntry[] }) {
  const [t, td, format, locale] = await Promise.all([
    getTranslations("reports.timeline"),
    getTranslations("reports.detail"),
    getFormatter(),
    getLocale(),
  ]);
  const label = (action: string) => {
    const key = `actions.${action.replaceAll(".", "_")}`;
    return t.has(key as never) ? t(key as never) : t("actions.other");
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="text-lg font-semibold">{t("title")}</h2>
      <ol className="mt-3 flex flex-col gap-0 border-l-2 border-slate-200" data-testid="timeline">
        {entries.map((entry) => (
          <li key={entry.id} className="relative ml-4 pb-4">
            <span aria-hidden="true" className="absolute -left-[1.4rem] top-1.5 size-3 rounded-full bg-brand-700 ring-2 ring-white" />
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{label(entry.action)}</span>
              {entry.toStatus && entry.toStatus !== entry.fromStatus ? <StatusBadge status={entry.toStatus} /> : null}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
              {entry.actorName ? <> · {t("by", { name: entry.actorName })}</> : null}
            </p>
            {entry.message ? (
              <blockquote className="mt-1 whitespace-pre-line wrap-anywhere rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-200">{entry.message.body}</blockquote>
            ) : null}
            {entry.decision ? (
              <div className="mt-1 rounded-md bg-white px-3 py-2 text-sm ring-1 ring-slate-200">
                <p className="font-medium">{td(`decisionOutcome.${entry.decision.outcome}`)} — {languageOf(locale) === "en" ? entry.decision.reasonLabelEn : entry.decision.reasonLabelPl}</p>
                <p className="whitespace-pre-line wrap-anywhere">{entry.decision.rationale}</p>
              </div>
            ) : null}
            {entry.reason && !entry.decision ? <p className="mt-1 whitespace-pre-line wrap-anywhere text-sm">{entry.reason}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
