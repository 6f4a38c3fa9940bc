import { tzOffset } from "@date-fns/tz";
import { z } from "zod";

// Calendar days are the person's (Europe/Warsaw by default), instants are UTC:
// "October" means from local midnight on the 1st to local midnight on Nov 1st.

export const DEFAULT_TIME_ZONE = "Europe/Warsaw";

export const DAY_MS = 86_400_000;
// Zone offsets change only on quarter hours: exports format millions of dates,
// and asking Intl each time costs more than the rest of the row.
const BUCKET_MS = 15 * 60_000;
const offsets = new Map<string, number>();

/** Minutes east of UTC in `timeZone` at `instant`. */
export function offsetMinutes(timeZone: string, instant: Date): number {
  const key = `${timeZone}|${Math.floor(instant.getTime() / BUCKET_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = tzOffset(timeZone, instant);
    offsets.set(key, offset);
  }
  return offset;
}
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a day may be asked about (filters, URLs). Beyond them the
 * arithmetic leaves what Date and ISO strings write the same way: Date.UTC
 * reads years 0-99 as 1900-1999, and the week after 31 December 9999 is
 * written "+010000-01-01", which read back as 9999's last week again kept a
 * dashboard's loop over weeks, and the server, busy for good.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function parseDay(text: string): Day | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  // The year is checked too: Date.UTC reads years 0-99 as 1900-1999, so
  // "0026-10-01" would otherwise pass as a day of 1926. Such days are refused
  // rather than built exactly, since every helper here goes through Date.UTC.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  return { year, month, day };
}

/** A calendar day in a URL or form ("2026-03-14"), as parseDay reads it. */
export const calendarDaySchema = z.string().refine((text) => parseDay(text) !== null, "invalid_date");

/** The instants a range of days covers, `to` included: local midnight starting `from`, and the one after `to`. */
export function rangeBounds(from: Day, to: Day, timeZone = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  return { start: startOfDay(from, timeZone), end: startOfDay(addDays(to, 1), timeZone) };
}

/** rangeBounds of one day written "2026-03-14" (one parseDay accepts). */
export function dayBounds(text: string, timeZone = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const day = parseDay(text);
  if (!day) throw new Error(`Not a calendar day: ${text}`);
  return rangeBounds(day, day, timeZone);
}

/** Monday 00:00 to the next Monday 00:00 (local) of the week holding the instant. */
export function weekAround(instant: Date, timeZone = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const day = dayOf(instant, timeZone);
  const sinceMonday = (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7;
  const monday = addDays(day, -sinceMonday);
  return { start: startOfDay(monday, timeZone), end: startOfDay(addDays(monday, 7), timeZone) };
}

export function formatDay({ year, month, day }: Day): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Adds days on the calendar (no time zone involved). */
export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The last day of the day's month. */
export function endOfMonth({ year, month }: Day): Day {
  return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** Adds calendar months; a day the target month lacks becomes its last (31 March less one month is 28 February). */
export function addMonths(day: Day, months: number): Day {
  const first = new Date(Date.UTC(day.year, day.month - 1 + months, 1));
  const target = endOfMonth({ year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: 1 });
  return { ...target, day: Math.min(day.day, target.day) };
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS);
}

/** The local calendar day of an instant in `timeZone`. */
export function dayOf(instant: Date, timeZone = DEFAULT_TIME_ZONE): Day {
  const local = new Date(instant.getTime() + offsetMinutes(timeZone, instant) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The instant of local midnight starting `day` in `timeZone` (DST-safe). */
export function startOfDay(day: Day, timeZone = DEFAULT_TIME_ZONE): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day);
  // The offset at the guess can differ from the one at the answer across a DST change.
  let instant = wall - offsetMinutes(timeZone, new Date(wall)) * 60_000;
  instant = wall - offsetMinutes(timeZone, new Date(instant)) * 60_000;
  return new Date(instant);
}

/** ISO 8601 with the zone's offset: 2026-10-01T14:05:00+02:00. */
export function formatZonedIso(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const offset = offsetMinutes(timeZone, instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** The wall-clock time in `timeZone` as a Date whose UTC fields hold it (for spreadsheet cells). */
export function wallClock(instant: Date, timeZone = DEFAULT_TIME_ZONE): Date {
  return new Date(instant.getTime() + offsetMinutes(timeZone, instant) * 60_000);
}
