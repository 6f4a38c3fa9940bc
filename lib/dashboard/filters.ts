import { z } from "zod";
import { ReportCategory, ReportStatus } from "@/lib/generated/prisma/enums";
import { uuidSchema } from "@/lib/validation/ids";
import { DEFAULT_TIME_ZONE, addDays, addMonths, calendarDaySchema, dayOf, daysBetween, endOfMonth, formatDay, parseDay, rangeBounds, type Day } from "./dates";

// One filter for the dashboard, the HR report list and the exports, read from
// and written to the URL so a view can be bookmarked and shared.

export const DATE_PRESETS = ["thisMonth", "lastMonth", "last90", "thisYear", "custom"] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];
export const DEFAULT_PRESET: DatePreset = "last90";

export const OUTCOME_FILTERS = ["JUSTIFIED", "NOT_JUSTIFIED", "UNDECIDED"] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export const CATEGORIES = Object.values(ReportCategory);
export const STATUSES = Object.values(ReportStatus);

/** The URL keys the filter owns; other keys (a cursor, export options) are left alone. */
export const FILTER_KEYS = ["preset", "from", "to", "loc", "cat", "outcome", "status", "at"] as const;

const MAX_RANGE_DAYS = 3 * 366;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const asList = (value: unknown) =>
  value === undefined || value === "" ? [] : (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
const uniqueList = <T extends z.ZodType>(item: T) =>
  z.preprocess(asList, z.array(item).max(100)).transform((list) => [...new Set(list)] as z.output<T>[]);

export const dashboardFilterSchema = z
  .object({
    preset: z.preprocess(blankToUndefined, z.enum(DATE_PRESETS).default(DEFAULT_PRESET)),
    from: z.preprocess(blankToUndefined, calendarDaySchema.optional()),
    to: z.preprocess(blankToUndefined, calendarDaySchema.optional()),
    loc: uniqueList(uuidSchema),
    cat: uniqueList(z.enum(ReportCategory)),
    outcome: z.preprocess(blankToUndefined, z.enum(OUTCOME_FILTERS).optional()),
    status: uniqueList(z.enum(ReportStatus)),
    /**
     * The day the presets count from ("this month" of which day), when not
     * today: links from a page carry the day the page was shown for, so a
     * click after midnight opens the same period, not the next day's.
     */
    at: z.preprocess(blankToUndefined, calendarDaySchema.optional()),
  })
  .strict()
  .superRefine((filter, ctx) => {
    if (filter.preset !== "custom") return;
    if (!filter.from) ctx.addIssue({ code: "custom", path: ["from"], message: "required" });
    if (!filter.to) ctx.addIssue({ code: "custom", path: ["to"], message: "required" });
    const [from, to] = [filter.from && parseDay(filter.from), filter.to && parseDay(filter.to)];
    if (from && to) {
      const span = daysBetween(from, to);
      if (span < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "before_from" });
      if (span > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: "too_long" });
    }
  });

export type DashboardFilter = z.output<typeof dashboardFilterSchema>;

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

/** The filter's own keys from a URL's query, each as one value or a list. */
export function pickFilterParams(params: SearchParamsLike): Record<string, string | string[]> {
  const picked: Record<string, string | string[]> = {};
  for (const key of FILTER_KEYS) {
    const values = params instanceof URLSearchParams ? params.getAll(key) : asList(params[key]);
    if (values.length === 1 && !["loc", "cat", "status"].includes(key)) picked[key] = values[0] as string;
    else if (values.length > 0) picked[key] = values as string[];
  }
  return picked;
}

export function parseFilter(params: SearchParamsLike) {
  return dashboardFilterSchema.safeParse(pickFilterParams(params));
}

/** Dates typed into the filter bar that make no period, given back to their fields with what is wrong. */
export interface PeriodInput {
  from: string;
  to: string;
  /** Keys of dashboard.filters.errors. */
  errors: Partial<Record<"from" | "to", PeriodError>>;
}

export type PeriodError = "required" | "before_from" | "too_long" | "invalid_date";
const PERIOD_ERRORS: readonly string[] = ["required", "before_from", "too_long", "invalid_date"] satisfies PeriodError[];

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/**
 * For pages: a broken or hand-edited URL shows the default view rather than
 * an error, and says so. A location outside `scope` (the person's locations,
 * null for all) is such an edit too: the filter bar never offers one, and the
 * export refuses it, so the pages do not quietly show zeros for it. When only
 * the dates are wrong (a "to" before the "from", a range over three years),
 * the rest of the filter still applies to the default period, and the dates
 * go back to the form with a message each (`periodInput`), not thrown away.
 */
export function filterFromParams(
  params: SearchParamsLike,
  scope: readonly string[] | null = null,
): { filter: DashboardFilter; invalid: boolean; periodInput?: PeriodInput } {
  const parsed = parseFilter(params);
  if (parsed.success && !namesLocationOutside(parsed.data, scope)) return { filter: parsed.data, invalid: false };
  if (!parsed.success && parsed.error.issues.every((issue) => issue.path[0] === "from" || issue.path[0] === "to")) {
    const { preset, from, to, ...rest } = pickFilterParams(params);
    // Dates apply to a custom range only: beside a preset (typed where the browser has no date picker) they are ignored.
    if (preset !== "custom") {
      const withPreset = dashboardFilterSchema.safeParse({ ...rest, preset });
      if (withPreset.success && !namesLocationOutside(withPreset.data, scope)) return { filter: withPreset.data, invalid: false };
    }
    const withoutPeriod = dashboardFilterSchema.safeParse(rest);
    if (withoutPeriod.success && !namesLocationOutside(withoutPeriod.data, scope)) {
      const errors: PeriodInput["errors"] = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as "from" | "to";
        errors[field] ??= (PERIOD_ERRORS.includes(issue.message) ? issue.message : "invalid_date") as PeriodError;
      }
      return { filter: withoutPeriod.data, invalid: true, periodInput: { from: firstValue(from), to: firstValue(to), errors } };
    }
  }
  return { filter: dashboardFilterSchema.parse({}), invalid: true };
}

/** Whether the filter names a location outside `scope` (the person's locations; null for all). */
export function namesLocationOutside(filter: Pick<DashboardFilter, "loc">, scope: readonly string[] | null): boolean {
  return scope !== null && filter.loc.some((id) => !scope.includes(id));
}

export function filterToParams(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams();
  params.set("preset", filter.preset);
  if (filter.preset === "custom") {
    params.set("from", filter.from!);
    params.set("to", filter.to!);
  }
  for (const id of filter.loc) params.append("loc", id);
  for (const category of filter.cat) params.append("cat", category);
  if (filter.outcome) params.set("outcome", filter.outcome);
  for (const status of filter.status) params.append("status", status);
  if (filter.at) params.set("at", filter.at);
  return params;
}

/**
 * The filter with its period written as the days it resolved to: what a
 * download started from a page must cover is what the page showed, also
 * when the click comes after midnight ends the month "last month" meant.
 */
export function pinnedFilterParams(filter: ResolvedFilter): URLSearchParams {
  return filterToParams({ ...filter, preset: "custom", from: filter.period.fromDay, to: filter.period.toDay, at: undefined });
}

export interface Period {
  /** Inclusive local calendar days, as in the URL and the file name. */
  fromDay: string;
  toDay: string;
  /** Instants: start inclusive, end exclusive. */
  start: Date;
  end: Date;
}

export interface ResolvedFilter extends DashboardFilter {
  period: Period;
  previous: Period;
  timeZone: string;
}

function period(from: Day, to: Day, timeZone: string): Period {
  return { fromDay: formatDay(from), toDay: formatDay(to), ...rangeBounds(from, to, timeZone) };
}

/** The first day of the month before the day's. */
const previousMonth = (day: Day): Day => ({ ...addMonths(day, -1), day: 1 });

/** Turns presets into concrete days and instants, with the period before for trends. */
export function resolveFilter(filter: DashboardFilter, now = new Date(), timeZone = DEFAULT_TIME_ZONE): ResolvedFilter {
  const today = (filter.at && parseDay(filter.at)) || dayOf(now, timeZone);
  let from: Day;
  let to: Day;
  let before: [Day, Day] | null = null;
  // "This month" and "this year" run to today and are set against the same
  // stretch of the month or year before (1–14 October against 1–14
  // September), not against a whole one: on the 14th, half a month of reports
  // against a whole month read as a fall by half.
  switch (filter.preset) {
    case "thisMonth": {
      from = { ...today, day: 1 };
      to = today;
      before = [previousMonth(from), addMonths(today, -1)];
      break;
    }
    case "lastMonth": {
      from = previousMonth(today);
      to = endOfMonth(from);
      const prior = previousMonth(from);
      before = [prior, endOfMonth(prior)];
      break;
    }
    case "thisYear": {
      from = { year: today.year, month: 1, day: 1 };
      to = today;
      // 29 February's year before ends on the 28th (addMonths).
      before = [{ year: today.year - 1, month: 1, day: 1 }, addMonths(today, -12)];
      break;
    }
    case "last90":
      from = addDays(today, -89);
      to = today;
      break;
    case "custom":
      from = parseDay(filter.from!)!;
      to = parseDay(filter.to!)!;
      break;
  }
  if (!before) {
    const length = daysBetween(from, to) + 1;
    before = [addDays(from, -length), addDays(from, -1)];
  }
  // With the day it was resolved on: links built from it open the same period.
  return { ...filter, at: formatDay(today), period: period(from, to, timeZone), previous: period(before[0], before[1], timeZone), timeZone };
}

/** `refusals_2026-10-01_2026-10-31.csv`; the stem is the reader's word for it (`odmowy_…` in Polish). */
export function exportFileName(filter: ResolvedFilter, extension: "csv" | "xlsx", stem = "refusals"): string {
  return `${stem}_${filter.period.fromDay}_${filter.period.toDay}.${extension}`;
}
