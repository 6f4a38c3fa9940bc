import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { aggregate } from "@/lib/dashboard/aggregate";
import type { ResolvedFilter } from "@/lib/dashboard/filters";
import { reportFilterSql } from "@/lib/dashboard/where";
import { Prisma } from "@/lib/generated/prisma/client";

// Closes the loop on the guide's "consequences of refusal": the risks the
// employee foresaw when filing, set against what was recorded afterwards.

export const FORESEEN_RISKS = ["BAD_REVIEW", "LOST_CUSTOMER", "LEGAL", "NONE"] as const;
export type ForeseenRisk = (typeof FORESEEN_RISKS)[number];

export interface ConsequenceComparisonRow {
  risk: ForeseenRisk;
  /** Reports in the filter where this risk was (or, for NONE, no risk was) foreseen. */
  reports: number;
  /** Of those, reports with any consequence recorded. */
  followedUp: number;
  complaint: number;
  badReview: number;
  legalClaim: number;
  nothing: number;
}

/** Reports grouped by the risks foreseen at filing: at most eight groups. */
interface ForesightGroup extends Omit<ConsequenceComparisonRow, "risk"> {
  badReviewRisk: boolean;
  lostCustomerRisk: boolean;
  legalRisk: boolean;
}

const MEASURES = ["reports", "followedUp", "complaint", "badReview", "legalClaim", "nothing"] as const;

const foresaw: Record<ForeseenRisk, (group: ForesightGroup) => boolean> = {
  BAD_REVIEW: (group) => group.badReviewRisk,
  LOST_CUSTOMER: (group) => group.lostCustomerRisk,
  LEGAL: (group) => group.legalRisk,
  NONE: (group) => !(group.badReviewRisk || group.lostCustomerRisk || group.legalRisk),
};

export async function consequenceComparison(user: SessionUser, filter: ResolvedFilter): Promise<ConsequenceComparisonRow[]> {
  // One pass grouped by the three risk flags; a report with two risks counts
  // under each, which the sums below do. (Expanding every report into one row
  // per risk in SQL cost a second over a year of reports.)
  const groups = await aggregate<ForesightGroup[]>(Prisma.sql`
    WITH followed AS (
      SELECT c."reportId",
        bool_or(c."kind" = 'CUSTOMER_COMPLAINT') AS complaint,
        bool_or(c."kind" = 'BAD_PUBLIC_REVIEW') AS bad_review,
        bool_or(c."kind" = 'LEGAL_CLAIM') AS legal_claim,
        bool_or(c."kind" = 'NONE_AFTER_30_DAYS') AS nothing
      FROM "Consequence" c JOIN "RefusalReport" r ON r."id" = c."reportId"
      WHERE ${reportFilterSql(user, filter)}
      GROUP BY c."reportId"
    )
    SELECT r."riskBadReview" AS "badReviewRisk", r."riskLostCustomer" AS "lostCustomerRisk", r."legalRisk" <> 'NONE' AS "legalRisk",
      count(*)::int AS reports, count(c."reportId")::int AS "followedUp",
      count(*) FILTER (WHERE c.complaint)::int AS complaint,
      count(*) FILTER (WHERE c.bad_review)::int AS "badReview",
      count(*) FILTER (WHERE c.legal_claim)::int AS "legalClaim",
      count(*) FILTER (WHERE c.nothing)::int AS nothing
    FROM "RefusalReport" r
    LEFT JOIN followed c ON c."reportId" = r."id"
    WHERE ${reportFilterSql(user, filter)}
    GROUP BY 1, 2, 3`);
  return FORESEEN_RISKS.map((risk) => {
    const row: ConsequenceComparisonRow = { risk, reports: 0, followedUp: 0, complaint: 0, badReview: 0, legalClaim: 0, nothing: 0 };
    for (const group of groups.filter(foresaw[risk])) for (const measure of MEASURES) row[measure] += group[measure];
    return row;
  });
}
