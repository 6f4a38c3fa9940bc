import "server-only";
import type { Readable } from "node:stream";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/auth/action";
import { db } from "@/lib/db/client";
import { exportFileName, filterToParams, namesLocationOutside, parseFilter, resolveFilter, type ResolvedFilter } from "@/lib/dashboard/filters";
import { dashboardTotals } from "@/lib/dashboard/queries";
import { dashboardLocationScope, reportFilterWhere } from "@/lib/dashboard/where";
import { AppError } from "@/lib/errors";
import { languageOf } from "@/lib/i18n/locales";
import { decisionColumns, reportColumns, type Translate } from "./columns";
import { reportsCsvStream } from "./csv";
import { parseExportOptions, type ExportOptions } from "./options";
import { exportDecisionRows, exportReportRows } from "./rows";
import { summaryColumns, summaryRows } from "./summary";
import { xlsxStream } from "./xlsx";

export type ExportFormat = "csv" | "xlsx";

export interface PreparedExport {
  filter: ResolvedFilter;
  options: ExportOptions;
  fileName: string;
  rowCount: number;
}

/**
 * Validates the request, checks the scope and writes the audit event (who,
 * filter, row count, whether the customer description was included) before a
 * byte is sent: an export is never unaudited.
 */
export async function prepareExport(
  user: SessionUser,
  params: URLSearchParams,
  format: ExportFormat,
  { now = new Date(), fileStem }: { now?: Date; fileStem?: string } = {},
): Promise<PreparedExport> {
  const parsedFilter = parseFilter(params);
  if (!parsedFilter.success) throw new AppError("validation", "Invalid filter.", fieldErrorsOf(parsedFilter.error));
  const parsedOptions = parseExportOptions(params);
  if (!parsedOptions.success) throw new AppError("validation", "Invalid export options.", fieldErrorsOf(parsedOptions.error));
  const scope = dashboardLocationScope(user);
  // Asking for another location's reports is refused outright, not silently emptied.
  if (namesLocationOutside(parsedFilter.data, scope)) {
    throw new AppError("forbidden", "You may export only the locations you supervise.");
  }
  const filter = resolveFilter(parsedFilter.data, now);
  const options = parsedOptions.data;
  const fileName = exportFileName(filter, format, fileStem);
  const rowCount = await db.refusalReport.count({ where: reportFilterWhere(user, filter) });
  await recordAudit(db, {
    actorId: user.id,
    action: `export.${format}`,
    entityType: "export",
    entityId: fileName,
    data: {
      filter: filterToParams(parsedFilter.data).toString(),
      from: filter.period.fromDay,
      to: filter.period.toDay,
      rowCount,
      includeCustomerDescription: options.customer,
      ...(format === "csv" ? { delimiter: options.sep } : {}),
    },
  });
  return { filter, options, fileName, rowCount };
}

/** The download; for CSV its database connection is taken before this resolves (none free: it rejects, nothing is sent). */
export async function exportStream(
  user: SessionUser,
  prepared: PreparedExport,
  format: ExportFormat,
  t: Translate,
  locale: string,
): Promise<Readable> {
  const { filter, options } = prepared;
  const columns = reportColumns(t, { includeCustomerDescription: options.customer });
  if (format === "csv") return reportsCsvStream(user, filter, columns, options.sep);
  const rows = exportReportRows(user, filter, { includeCustomerDescription: options.customer });
  return xlsxStream(
    [
      { name: t("exports.sheets.reports"), columns, rows },
      { name: t("exports.sheets.decisions"), columns: decisionColumns(t, locale), rows: exportDecisionRows(user, filter) },
      { name: t("exports.sheets.summary"), columns: summaryColumns(t), rows: summaryRows(t, filter, () => dashboardTotals(user, filter)) },
    ],
    { timeZone: filter.timeZone, language: languageOf(locale) },
  );
}
