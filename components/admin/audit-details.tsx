import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { reasonWithCode, type AuditDetail, type ReasonLabels } from "@/lib/audit/details";
import { calendarDay } from "@/lib/dashboard/period-label";
import { languageOf } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/validation/ids";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Values named by a label of their own, by the key that holds them: a person called "HR" stays a name. */
const LABELLED_BY_KEY: Record<string, "roles" | "status" | "category"> = {
  role: "roles",
  claimed: "roles",
  outcome: "status",
  category: "category",
  // An export's filter (readableExportFilter).
  cat: "category",
  status: "status",
};

/**
 * Single sign-on's role changes record the roles under "from" and "to",
 * which other events use for days or a location's old and new names (a
 * location called "HR" stays a name).
 */
const ROLES_FROM_TO = /^auth\.sso\./;

/**
 * An audit event's data as "name: value" lines: names and known values (roles,
 * statuses, categories, kinds and reasons under their keys, people and
 * locations by id, yes/no, instants) in the reader's language, anything else as recorded, so a code
 * the page does not know is still shown.
 */
export async function AuditDetails({
  action,
  details,
  namesById,
  reasonLabels,
}: {
  /** The event's code: what some keys hold depends on it. */
  action: string;
  details: AuditDetail[];
  /** People and locations named in the details. */
  namesById: Record<string, string>;
  /** Decision reasons by code, in both languages. */
  reasonLabels: ReasonLabels;
}) {
  if (details.length === 0) return null;
  const [t, common, history, consequences, filters, format, locale] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("common"),
    getTranslations("review.history"),
    getTranslations("dashboard.consequenceForm"),
    getTranslations("dashboard.filters"),
    getFormatter(),
    getLocale(),
  ]);
  const name = (key: string) => (t.has(`fields.${key}`) ? t(`fields.${key}`) : key);
  const text = (key: string, value: string) => {
    // An export's outcome filter, in the filter bar's words ("Waiting for a decision" is no status).
    if (key === "outcome" && action.startsWith("export.") && filters.has(`outcomes.${value}`)) return filters(`outcomes.${value}`);
    const group = LABELLED_BY_KEY[key] ?? ((key === "from" || key === "to") && ROLES_FROM_TO.test(action) ? "roles" : undefined);
    if (group && common.has(`${group}.${value}`)) return common(`${group}.${value}`);
    // A decision's kind or a consequence's: their codes differ.
    if (key === "kind" && history.has(`kind.${value}`)) return history(`kind.${value}`);
    if (key === "kind" && consequences.has(`kinds.${value}`)) return consequences(`kinds.${value}`);
    // Codes the app records under a key of their own (why a holder was released, an export's separator).
    if (t.has(`values.${key}.${value}`)) return t(`values.${key}.${value}`);
    const reason = key === "reasonCode" ? reasonWithCode(reasonLabels, value, languageOf(locale)) : undefined;
    if (reason) return reason;
    if (namesById[value]) return namesById[value];
    // Another record's id (a decision, an appeal, a message): its first characters, as the log's object column shows them.
    if (isUuid(value)) return value.slice(0, 8);
    if (ISO_INSTANT.test(value)) return format.dateTime(new Date(value), { dateStyle: "short", timeStyle: "short" });
    if (ISO_DAY.test(value)) return calendarDay(format, value, { dateStyle: "short" });
    return value;
  };
  const valueOf = ({ path, value }: AuditDetail) => {
    const key = path.at(-1) ?? "";
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return t("none");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "number") return format.number(value);
    return Array.isArray(value) ? value.map((item) => text(key, item)).join(", ") : text(key, value);
  };
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
      {details.map((detail) => (
        <div key={detail.path.join(".")} className="contents">
          <dt className="text-slate-600">{detail.path.map(name).join(" › ")}</dt>
          <dd className="break-words">{valueOf(detail)}</dd>
        </div>
      ))}
    </dl>
  );
}
