// Calendar days and weeks as the people using the app see them (Warsaw time),
// turned into the UTC instants the database stores.

export const TIME_ZONE = "Europe/Warsaw";
const DAY_MS = 86_400_000;

function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a calendar day ("2026-03-14") starts in the zone. */
export function startOfDay(day: string, timeZone = TIME_ZONE): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - offsetMs(utcMidnight, timeZone));
}

/** The calendar day ("2026-03-14") of an instant in the zone. */
export function dayOf(instant: Date, timeZone = TIME_ZONE): string {
  return new Date(instant.getTime() + offsetMs(instant, timeZone)).toISOString().slice(0, 10);
}

/** Monday 00:00 to the next Monday 00:00 (local) of the week containing the instant. */
export function weekAround(instant: Date, timeZone = TIME_ZONE): { start: Date; end: Date } {
  const day = new Date(`${dayOf(instant, timeZone)}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
  const nextMonday = new Date(day.getTime() + (7 - sinceMonday) * DAY_MS).toISOString().slice(0, 10);
  return { start: startOfDay(monday, timeZone), end: startOfDay(nextMonday, timeZone) };
}

/** The day after a calendar day, for inclusive "to" dates. */
export function nextDay(day: string): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
}
