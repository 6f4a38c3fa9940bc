import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/reports/answer-form";
import { AttachmentGallery } from "@/components/reports/attachment-gallery";
import { DecisionCard } from "@/components/reports/decision-card";
import { ReportFacts } from "@/components/reports/report-facts";
import { TextWithReportNumber } from "@/components/reports/report-number-text";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { StatusBadge } from "@/components/reports/status-badge";
import { WithdrawForm } from "@/components/reports/withdraw-form";
import { AppealPanel } from "@/components/review/appeal-panel";
import { requireUser } from "@/lib/auth/guard";
import { getReportByNumber, openQuestion, reportTimeline, standingDecision } from "@/lib/reports/detail";
import { reporterMayChange } from "@/lib/reports/transitions";
import { reportPageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = reportPageTitle("reports", "detail.title");

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireUser();
  const [{ number }, { saved }] = await Promise.all([params, searchParams]);
  const report = await getReportByNumber(user, number);
  if (!report) notFound();
  const isReporter = report.reporterId === user.id;
  const [timeline, question, t] = await Promise.all([
    reportTimeline(report.id, { audience: isReporter ? "reporter" : "staff" }),
    openQuestion(report),
    getTranslations("reports"),
  ]);
  const decision = standingDecision(report);

  return (
    <article aria-labelledby="report-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        {isReporter ? (
          <Link href="/reports" className="w-fit text-sm font-medium text-brand-700 underline underline-offset-4"><span aria-hidden="true">← </span>{t("detail.back")}</Link>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="report-title" className="text-2xl font-semibold"><TextWithReportNumber text={t("detail.title", { number: report.number })} number={report.number} /></h1>
          <StatusBadge status={report.status} />
        </div>
        {saved ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-300">{t("manage.saved")}</p> : null}
      </header>

      {isReporter && question ? (
        <section aria-labelledby="answer-title" className="flex flex-col gap-3 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300">
          <h2 id="answer-title" className="text-lg font-semibold">{t("answer.title")}</h2>
          <blockquote className="whitespace-pre-line wrap-anywhere rounded-md bg-white px-3 py-2 ring-1 ring-amber-200" data-testid="open-question">
            {question.body}
          </blockquote>
          <AnswerForm reportId={report.id} version={report.version} />
        </section>
      ) : null}

      {decision ? <DecisionCard decision={decision} /> : null}
      {isReporter && decision ? <AppealPanel user={user} report={report} /> : null}

      <section aria-labelledby="facts-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="facts-title" className="mb-3 text-lg font-semibold">{t("detail.facts")}</h2>
        <ReportFacts report={report} />
      </section>

      <AttachmentGallery number={report.number} attachments={report.attachments} />

      {isReporter && reporterMayChange(report) ? (
        <section aria-labelledby="manage-title" className="flex flex-col gap-3">
          <h2 id="manage-title" className="text-lg font-semibold">{t("manage.title")}</h2>
          <p className="text-sm text-slate-600">{t("manage.hint")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/reports/${encodeURIComponent(report.number)}/edit`} className="rounded-md border border-brand-700 px-4 py-2.5 font-medium text-brand-700">
              {t("manage.edit")}
            </Link>
            <WithdrawForm reportId={report.id} version={report.version} />
          </div>
        </section>
      ) : null}

      <ReportTimeline entries={timeline} />
    </article>
  );
}
