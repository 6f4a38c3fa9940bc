import type { ReviewerFigures } from "./breakdowns";

/** A reviewer this far from the location's rate, on enough decisions, is worth a look. */
export const OUTLIER_POINTS = 0.2;
export const OUTLIER_MIN_DECISIONS = 5;

/**
 * Rows the dashboard shows unless asked for all: a company of 200 locations
 * has ~600 reviewer rows, which were two thirds of the page (200 kB of HTML,
 * twice that again in its RSC payload).
 */
export const REVIEWER_ROWS = 25;

const distance = (row: ReviewerFigures) => Math.abs(row.justifiedRate - row.locationRate);
const enoughDecisions = (row: ReviewerFigures) => row.decisions >= OUTLIER_MIN_DECISIONS;

export function isOutlier(row: ReviewerFigures) {
  return enoughDecisions(row) && distance(row) >= OUTLIER_POINTS;
}

/**
 * The rows to show: every row, in the query's order (location, reviewer), up
 * to REVIEWER_ROWS or when the person asked for all; past that, the
 * REVIEWER_ROWS furthest from their location's rate, those on enough
 * decisions to mean something first: the rows a consistency check is for.
 */
export function reviewersToShow(rows: ReviewerFigures[], { all = false } = {}): { rows: ReviewerFigures[]; total: number } {
  if (all || rows.length <= REVIEWER_ROWS) return { rows, total: rows.length };
  const furthest = [...rows].sort((a, b) => Number(enoughDecisions(b)) - Number(enoughDecisions(a)) || distance(b) - distance(a));
  return { rows: furthest.slice(0, REVIEWER_ROWS), total: rows.length };
}
