import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/guard";
import { retryMailJobAction, retryOutboxEventAction } from "@/lib/jobs/actions";
import { listMailProblems, listOutboxProblems } from "@/lib/jobs/failures";

export default async function JobsPage() {
  await requireUser("admin.settings");
  const [mail, outbox, notifications, t, kinds, format] = await Promise.all([
    listMailProblems(),
    listOutboxProblems(),
    getTranslations("notifications"),
    getTranslations("notifications.jobs"),
    getTranslations("notifications.kinds"),
    getFormatter(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium" });
  const cell = "px-3 py-2 align-top";
  const retry = { label: t("retry"), failedLabel: notifications("failed"), nowrap: true };
  return (
    <section aria-labelledby="jobs-title" className="flex flex-col gap-6">
      <div>
        <h1 id="jobs-title" className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t("intro")}</p>
      </div>

      <section aria-labelledby="mail-title">
        <h2 id="mail-title" className="text-lg font-semibold">{t("mailTitle")}</h2>
        {mail.length === 0 ? <p className="mt-2">{t("mailEmpty")}</p> : (
          <div className="mt-2 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
            <table className="w-full text-left text-sm" data-testid="mail-problems">
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  <th scope="col" className={cell}>{t("recipient")}</th>
                  <th scope="col" className={cell}>{t("about")}</th>
                  <th scope="col" className={cell}>{t("state")}</th>
                  <th scope="col" className={cell}>{t("attempts")}</th>
                  <th scope="col" className={cell}>{t("error")}</th>
                  <th scope="col" className={cell}>{t("created")}</th>
                  <th scope="col" className={cell}><span className="sr-only">{t("retry")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {mail.map((job) => (
                  <tr key={job.id}>
                    <td className={cell}>{job.recipient ?? t("unknown")}</td>
                    <td className={cell}>
                      {job.kind && kinds.has(job.kind) ? kinds(job.kind) : t("unknown")}
                      {job.number ? <span className="block font-mono text-xs">{job.number}</span> : null}
                    </td>
                    <td className={cell}>
                      {job.state === "failed" ? (
                        <span className="font-medium text-red-800">{t("failed")}</span>
                      ) : (
                        t("retrying", { at: job.nextAttemptAt ? when(job.nextAttemptAt) : t("unknown") })
                      )}
                    </td>
                    <td className={cell}>{job.attempts} / {job.retryLimit + 1}</td>
                    <td className={`${cell} max-w-xs break-words`}>{job.error ?? t("unknown")}</td>
                    <td className={cell}>{when(job.createdAt)}</td>
                    <td className={cell}>{job.state === "failed" ? <ActionButton action={retryMailJobAction} input={{ id: job.id }} {...retry} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="outbox-title">
        <h2 id="outbox-title" className="text-lg font-semibold">{t("outboxTitle")}</h2>
        {outbox.length === 0 ? <p className="mt-2">{t("outboxEmpty")}</p> : (
          <div className="mt-2 overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
            <table className="w-full text-left text-sm" data-testid="outbox-problems">
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  <th scope="col" className={cell}>{t("event")}</th>
                  <th scope="col" className={cell}>{t("state")}</th>
                  <th scope="col" className={cell}>{t("attempts")}</th>
                  <th scope="col" className={cell}>{t("error")}</th>
                  <th scope="col" className={cell}>{t("created")}</th>
                  <th scope="col" className={cell}><span className="sr-only">{t("retry")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {outbox.map((event) => (
                  <tr key={event.id}>
                    <td className={cell}><span className="font-mono text-xs">#{event.id}</span> {event.type}</td>
                    <td className={cell}>{event.gaveUp ? <span className="font-medium text-red-800">{t("gaveUp")}</span> : t("willRetry")}</td>
                    <td className={cell}>{event.attempts}</td>
                    <td className={`${cell} max-w-xs break-words`}>{event.error}</td>
                    <td className={cell}>{when(event.createdAt)}</td>
                    <td className={cell}>{event.gaveUp ? <ActionButton action={retryOutboxEventAction} input={{ id: event.id }} {...retry} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
