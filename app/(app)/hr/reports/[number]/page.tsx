import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConsequenceForm } from "@/components/consequences/consequence-form";
import { ConsequenceList } from "@/components/consequences/consequence-list";
import { DecisionCard } from "@/components/reports/decision-card";
import { ReportFacts } from "@/components/reports/report-facts";
import { TextWithReportNumber } from "@/components/reports/report-number-text";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { StatusBadge } from "@/components/reports/status-badge";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { consequencesOf } from "@/lib/consequences/service";
import { filterFromParams, filterToParams } from "@/lib/dashboard/filters";
import { findListedReport } from "@/lib/dashboard/list";
import type { SearchParams } from "@/lib/dashboard/load";
import { getReportByNumber, reportTimeline, standingDecision } from "@/lib/reports/detail";
import { reportPageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = reportPageTitle("reports", "detail.title");

export default async function HrReportPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.view");
  const [{ number }, query] = await Promise.all([params, searchParams]);
  // The dashboard's scope first (a supervisor's locations), then the shared detail query.
  const listed = await findListedReport(user, number);
  // A supervisor's own report is theirs to read as its reporter: no consequences, no staff history.
  if (listed?.reporterId === user.id) redirect(`/reports/${encodeURIComponent(listed.number)}`);
  const report = listed ? await getReportByNumber(user, listed.number) : null;
  if (!report) notFound();
  const [timeline, consequences, t, tr] = await Promise.all([
    reportTimeline(report.id, { audience: "staff" }),
    consequencesOf(report.id),
    getTranslations("dashboard.detail"),
    getTranslations("reports"),
  ]);
  const decision = standingDecision(report);
  const back = `/hr/reports?${filterToParams(filterFromParams(query).filter).toString()}`;
  return (
    <article aria-labelledby="report-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href={back} className="w-fit text-sm font-medium text-brand-700 underline underline-offset-4"><span aria-hidden="true">← </span>{t("back")}</Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="report-title" className="text-2xl font-semibold"><TextWithReportNumber text={tr("detail.title", { number: report.number })} number={report.number} /></h1>
          <StatusBadge status={report.status} />
        </div>
        <p className="text-sm text-slate-600">{t("readOnly")}</p>
      </header>
      {decision ? <DecisionCard decision={decision} /> : null}
      <section aria-labelledby="facts-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 id="facts-title" className="mb-3 text-lg font-semibold">{tr("detail.facts")}</h2>
        <ReportFacts report={report} />
      </section>
      <ConsequenceList consequences={consequences}>
        {can(user.role, "consequences.record") ? <ConsequenceForm reportId={report.id} recorded={consequences.map((c) => c.kind)} /> : null}
      </ConsequenceList>
      <ReportTimeline entries={timeline} />
    </article>
  );
}
