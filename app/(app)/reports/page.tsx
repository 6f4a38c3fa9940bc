import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OwnReportList } from "@/components/reports/own-report-list";
import { requireUser } from "@/lib/auth/guard";
import { listOwnReports, ownReportsQuerySchema } from "@/lib/reports/queries";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("reports.list");

export default async function MyReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("reports.file");
  const query = ownReportsQuerySchema.parse(await searchParams);
  const [listing, t] = await Promise.all([listOwnReports(user, query), getTranslations("reports.list")]);
  return (
    <section aria-labelledby="my-reports" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="my-reports" className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/reports/new" className="rounded-md bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">
          {t("newReport")}
        </Link>
      </div>
      <OwnReportList listing={listing} status={query.status} />
    </section>
  );
}
