import { getFormatter, getTranslations } from "next-intl/server";
import { ProblemTable, type ProblemColumn } from "@/components/admin/problem-table";
import { ActionButton } from "@/components/ui/action-button";
import { requireUser } from "@/lib/auth/guard";
import { retryMailJobAction, retryOutboxEventAction } from "@/lib/jobs/actions";
import { listMailProblems, listOutboxProblems, type MailProblem, type OutboxProblem } from "@/lib/jobs/failures";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("notifications.jobs");

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
  const retry = { label: t("retry"), failedLabel: notifications("failed"), sessionEndedLabel: notifications("sessionEnded"), done: t("retried"), nowrap: true };
  const failed = (label: string) => <span className="font-medium text-red-800">{label}</span>;

  const mailColumns: ProblemColumn<MailProblem>[] = [
    { header: t("recipient"), cell: (job) => job.recipient ?? t("unknown") },
    {
      header: t("about"),
      cell: (job) => (
        <>
          {job.kind && kinds.has(job.kind) ? kinds(job.kind) : t("unknown")}
          {job.number ? <span className="block whitespace-nowrap font-mono text-xs">{job.number}</span> : null}
        </>
      ),
    },
    {
      header: t("state"),
      cell: (job) =>
        job.state === "failed" ? failed(t("failed")) : t("retrying", { at: job.nextAttemptAt ? when(job.nextAttemptAt) : t("unknown") }),
    },
    { header: t("attempts"), cell: (job) => `${job.attempts} / ${job.retryLimit + 1}` },
    { header: t("error"), wrap: true, cell: (job) => job.error ?? t("unknown") },
    { header: t("created"), cell: (job) => when(job.createdAt) },
    {
      header: t("retry"),
      hiddenHeader: true,
      cell: (job) => (job.state === "failed" ? <ActionButton action={retryMailJobAction} input={{ id: job.id }} {...retry} /> : null),
    },
  ];

  const outboxColumns: ProblemColumn<OutboxProblem>[] = [
    {
      header: t("event"),
      cell: (event) => (
        <>
          <span className="font-mono text-xs">#{event.id}</span> {t.has(`events.${event.type}`) ? t(`events.${event.type}`) : event.type}
        </>
      ),
    },
    { header: t("state"), cell: (event) => (event.gaveUp ? failed(t("gaveUp")) : t("willRetry")) },
    { header: t("attempts"), cell: (event) => event.attempts },
    { header: t("error"), wrap: true, cell: (event) => event.error },
    { header: t("created"), cell: (event) => when(event.createdAt) },
    {
      header: t("retry"),
      hiddenHeader: true,
      cell: (event) => (event.gaveUp ? <ActionButton action={retryOutboxEventAction} input={{ id: event.id }} {...retry} /> : null),
    },
  ];

  return (
    <section aria-labelledby="jobs-title" className="flex flex-col gap-6">
      <div>
        <h1 id="jobs-title" className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-600">{t("intro")}</p>
      </div>
      <ProblemTable id="mail-title" title={t("mailTitle")} empty={t("mailEmpty")} testId="mail-problems" columns={mailColumns} rows={mail} />
      <ProblemTable id="outbox-title" title={t("outboxTitle")} empty={t("outboxEmpty")} testId="outbox-problems" columns={outboxColumns} rows={outbox} />
    </section>
  );
}
