import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ResolvedFilter } from "@/lib/dashboard/filters";
import { reportFilterSql } from "@/lib/dashboard/where";

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

export async function consequenceComparison(user: SessionUser, filter: ResolvedFilter): Promise<ConsequenceComparisonRow[]> {
  const rows = await db.$queryRaw<ConsequenceComparisonRow[]>`
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
    SELECT f.risk, count(*)::int AS reports, count(c."reportId")::int AS "followedUp",
      count(*) FILTER (WHERE c.complaint)::int AS complaint,
      count(*) FILTER (WHERE c.bad_review)::int AS "badReview",
      count(*) FILTER (WHERE c.legal_claim)::int AS "legalClaim",
      count(*) FILTER (WHERE c.nothing)::int AS nothing
    FROM "RefusalReport" r
    LEFT JOIN followed c ON c."reportId" = r."id"
    CROSS JOIN LATERAL (VALUES
      ('BAD_REVIEW', r."riskBadReview"),
      ('LOST_CUSTOMER', r."riskLostCustomer"),
      ('LEGAL', r."legalRisk" <> 'NONE'),
      ('NONE', NOT (r."riskBadReview" OR r."riskLostCustomer" OR r."legalRisk" <> 'NONE'))
    ) AS f(risk, applies)
    WHERE ${reportFilterSql(user, filter)} AND f.applies
    GROUP BY f.risk`;
  const byRisk = new Map(rows.map((row) => [row.risk, row]));
  return FORESEEN_RISKS.map(
    (risk) => byRisk.get(risk) ?? { risk, reports: 0, followedUp: 0, complaint: 0, badReview: 0, legalClaim: 0, nothing: 0 },
  );
}
