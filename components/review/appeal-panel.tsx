import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { appealState } from "@/lib/review/appeals";
import { AppealForm } from "./appeal-form";

/**
 * The employee's side of an appeal, for their report page: the form while an
 * appeal is possible, or where the appeal stands. Renders nothing otherwise.
 */
export async function AppealPanel({
  user,
  report,
}: {
  user: SessionUser;
  report: { id: string; reporterId: string; status: string; version: number };
}) {
  if (report.reporterId !== user.id) return null;
  const [state, appeal, t, format] = await Promise.all([
    appealState(db, user, report),
    db.appeal.findUnique({ where: { reportId: report.id }, select: { createdAt: true, resolution: { select: { kind: true } } } }),
    getTranslations("review.appeal"),
    getFormatter(),
  ]);
  if (appeal) {
    const status = appeal.resolution ? t(`resolved.${appeal.resolution.kind}` as never) : t("pending");
    return (
      <section aria-labelledby="appeal-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200" data-testid="appeal-status">
        <h2 id="appeal-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-1">{status}</p>
      </section>
    );
  }
  if (!state.canAppeal) {
    if (state.reason !== "windowClosed") return null;
    return <p className="text-sm text-slate-600">{t("closed")}</p>;
  }
  return (
    <section aria-labelledby="appeal-title" className="flex flex-col gap-2 rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <h2 id="appeal-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro", { date: format.dateTime(state.deadline, { dateStyle: "long" }) })}</p>
      <AppealForm reportId={report.id} version={report.version} />
    </section>
  );
}
