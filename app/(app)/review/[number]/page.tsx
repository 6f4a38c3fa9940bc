import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttachmentGallery } from "@/components/reports/attachment-gallery";
import { ReportFacts } from "@/components/reports/report-facts";
import { TextWithReportNumber } from "@/components/reports/report-number-text";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { StatusBadge } from "@/components/reports/status-badge";
import { ContextPanel } from "@/components/review/context-panel";
import { DecisionHistory } from "@/components/review/decision-history";
import { ReviewActions } from "@/components/review/review-actions";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { reportTimeline } from "@/lib/reports/detail";
import { reviewContext } from "@/lib/review/context";
import { loadReviewDetail, reviewAbilities, reviewAccess } from "@/lib/review/detail";
import { heldByAssignee } from "@/lib/review/holder";
import { decisionStands } from "@/lib/reports/transitions";
import { reportPageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = reportPageTitle("review.detail", "title");

export default async function ReviewReportPage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser("appeals.resolve");
  const { number } = await params;
  const access = await reviewAccess(user, number);
  if (access.state === "not_found") notFound();
  if (access.state === "forbidden") forbidden();
  if (access.state === "own") redirect(`/reports/${encodeURIComponent(access.number)}`);
  const detail = await loadReviewDetail(user, number);
  if (!detail) notFound();
  const { report } = detail;
  const [timeline, context, t] = await Promise.all([
    reportTimeline(report.id, { audience: "staff" }),
    reviewContext(user, { ...report, locationId: report.locationId }),
    getTranslations("review.detail"),
  ]);
  const canReview = can(user.role, "reports.review");
  const abilities = reviewAbilities(user, detail, canReview);
  // Who has it: its holder while in review; once decided, who made the decision that stands (an appeal's ruling included).
  const lastDecision = detail.decisions.at(-1);
  const holder = decisionStands(report.status)
    ? lastDecision && t("decidedBy", { name: lastDecision.reviewer.name })
    : heldByAssignee(report.status) || report.status === "SUBMITTED"
      ? report.assignee ? t("heldBy", { name: report.assignee.name }) : t("unassigned")
      : null;

  return (
    <article aria-labelledby="review-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        {canReview ? (
          <Link href="/review" className="w-fit text-sm font-medium text-brand-700 underline underline-offset-4"><span aria-hidden="true">← </span>{t("back")}</Link>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="review-title" className="text-2xl font-semibold"><TextWithReportNumber text={t("title", { number: report.number })} number={report.number} /></h1>
          <StatusBadge status={report.status} />
        </div>
        {holder ? <p className="text-sm text-slate-700" data-testid="holder">{holder}</p> : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <ReviewActions detail={detail} abilities={abilities} userId={user.id} />
          <DecisionHistory decisions={detail.decisions} appeal={detail.appeal} />
          <section aria-labelledby="facts-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="facts-title" className="mb-3 text-lg font-semibold">{t("facts")}</h2>
            <ReportFacts report={report} />
          </section>
          <AttachmentGallery number={report.number} attachments={report.attachments} />
          <ReportTimeline entries={timeline} />
        </div>
        <ContextPanel context={context} employeeName={report.reporter.name} />
      </div>
    </article>
  );
}
