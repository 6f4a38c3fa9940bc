import { describe, expect, it } from "vitest";
import type { ReviewerFigures } from "./breakdowns";
import { OUTLIER_MIN_DECISIONS, REVIEWER_ROWS, isOutlier, reviewersToShow } from "./reviewers";

const row = (k: number, justifiedRate: number, decisions = 10): ReviewerFigures => ({
  reviewerId: `r${k}`,
  reviewerName: `Reviewer ${k}`,
  locationId: "l",
  locationName: "Location",
  decisions,
  justified: Math.round(justifiedRate * decisions),
  justifiedRate,
  locationRate: 0.5,
  locationDecisions: 1000,
});

describe("reviewersToShow", () => {
  it("keeps every row, in order, up to the limit", () => {
    const rows = Array.from({ length: REVIEWER_ROWS }, (_, k) => row(k, 0.5));
    expect(reviewersToShow(rows)).toEqual({ rows, total: REVIEWER_ROWS });
  });

  it("past the limit, shows the reviewers furthest from their location, those on enough decisions first", () => {
    const near = Array.from({ length: REVIEWER_ROWS }, (_, k) => row(k, 0.55));
    const far = row(100, 0.95);
    const fewDecisions = row(101, 1, OUTLIER_MIN_DECISIONS - 1);
    const farther = row(102, 0.0);
    const { rows, total } = reviewersToShow([...near, far, fewDecisions, farther]);
    expect(total).toBe(REVIEWER_ROWS + 3);
    expect(rows).toHaveLength(REVIEWER_ROWS);
    expect(rows.slice(0, 2)).toEqual([farther, far]);
    expect(rows).not.toContain(fewDecisions);
    expect(rows.filter(isOutlier)).toEqual([farther, far]);
  });

  it("shows every row when asked for all", () => {
    const rows = Array.from({ length: REVIEWER_ROWS + 5 }, (_, k) => row(k, k / 100));
    expect(reviewersToShow(rows, { all: true })).toEqual({ rows, total: REVIEWER_ROWS + 5 });
  });
});
