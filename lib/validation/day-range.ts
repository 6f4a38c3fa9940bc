/**
 * Two calendar days ("2026-11-20", ISO, so they compare as text) that select
 * nothing: a "to" before the "from". Filters that still run them (no row
 * matches) say why on the "to" field instead of only "nothing matches".
 */
export function endsBeforeStart(range: { from?: string; to?: string }): boolean {
  return Boolean(range.from && range.to && range.to < range.from);
}
