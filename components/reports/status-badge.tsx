import { getTranslations } from "next-intl/server";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<ReportStatus, string> = {
  SUBMITTED: "bg-slate-100 text-slate-800",
  IN_REVIEW: "bg-blue-100 text-blue-900",
  NEEDS_INFO: "bg-amber-100 text-amber-900",
  JUSTIFIED: "bg-green-100 text-green-900",
  NOT_JUSTIFIED: "bg-red-100 text-red-900",
  APPEALED: "bg-purple-100 text-purple-900",
  WITHDRAWN: "bg-slate-200 text-slate-700",
};

export async function StatusBadge({ status }: { status: ReportStatus }) {
  const t = await getTranslations("common.status");
  return (
    <span data-testid="report-status" className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE[status]}`}>
      {t(status)}
    </span>
  );
}
