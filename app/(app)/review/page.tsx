import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoReviewScope } from "@/components/review/no-review-scope";
import { QueueFilterForm } from "@/components/review/queue-filter-form";
import { QueueTable } from "@/components/review/queue-table";
import { StatusTabs } from "@/components/review/status-tabs";
import { requireUser } from "@/lib/auth/guard";
import { countQueueByStatus } from "@/lib/review/queries";
import { reviewDeadlineHours } from "@/lib/review/deadline";
import { countOverdue, listQueue, queueEmployees, reviewLocations } from "@/lib/review/queue";
import { parseQueueFilters, queueHref } from "@/lib/review/queue-filters";
import { pageTitle } from "@/lib/i18n/metadata";
import { reviewsNoLocation } from "@/lib/reports/access";

export const generateMetadata = pageTitle("review.queue");

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("reports.review");
  if (reviewsNoLocation(user)) {
    const t = await getTranslations("review.queue");
    return (
      <section aria-labelledby="queue">
        <h1 id="queue" className="text-2xl font-semibold">{t("title")}</h1>
        <NoReviewScope />
      </section>
    );
  }
  const filters = parseQueueFilters(await searchParams);
  const now = new Date();
  const [page, counts, overdue, deadlineHours, locations, employees, t] = await Promise.all([
    listQueue(user, filters, now),
    countQueueByStatus(user, filters),
    countOverdue(user, now),
    reviewDeadlineHours(),
    reviewLocations(user),
    queueEmployees(user),
    getTranslations("review.queue"),
  ]);
  return (
    <section aria-labelledby="queue">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="queue" className="text-2xl font-semibold">{t("title")}</h1>
        <p className={overdue > 0 ? "font-semibold text-red-800" : "text-slate-600"} data-testid="overdue-count">
          {t("overdue", { count: overdue })}
        </p>
      </div>
      <p className="mt-1 text-slate-600">{t("intro")}</p>
      <StatusTabs filters={filters} counts={counts} />
      <QueueFilterForm filters={filters} locations={locations} employees={employees} />
      <QueueTable rows={page.rows} now={now} deadlineHours={deadlineHours} labelledBy="queue" />
      <div className="mt-4 flex flex-wrap gap-4 text-sm">
        {filters.cursor ? (
          <Link href={queueHref({ ...filters, cursor: undefined })} className="font-medium text-brand-700 underline underline-offset-4">
            {t("first")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={queueHref({ ...filters, cursor: page.nextCursor })} className="font-medium text-brand-700 underline underline-offset-4">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
