-- Two moments the report's own columns did not keep:
--
-- "firstClaimedAt": the reporter may correct or withdraw a report only until
-- a reviewer first takes it up. "claimedAt" is cleared when a reviewer
-- releases the report, and a report comes back to the queue after a release,
-- an answer whose holder lost the location, or a reopening and release: with
-- only the status to go by, the reporter could rewrite a report that had been
-- questioned or even decided, under the decision's rationale.
--
-- "reopenedAt": the review deadline counts from the filing, so a report
-- reopened days after it was filed was overdue, and escalated to HR, the
-- moment it was reopened. It now counts from the last reopening.
ALTER TABLE "RefusalReport" ADD COLUMN     "firstClaimedAt" TIMESTAMP(3),
ADD COLUMN     "reopenedAt" TIMESTAMP(3);

-- Reports already claimed or reopened, from their audit events (the demo and
-- benchmark data, written without every event, from their own columns).
UPDATE "RefusalReport" r
SET "firstClaimedAt" = COALESCE(a."claimed", r."claimedAt", r."firstDecidedAt"),
    "reopenedAt" = a."reopened"
FROM (
  SELECT "reportId",
    min("createdAt") FILTER (WHERE "action" = 'report.claimed') AS "claimed",
    max("createdAt") FILTER (WHERE "action" = 'report.reopened') AS "reopened"
  FROM "AuditEvent"
  WHERE "reportId" IS NOT NULL AND "action" IN ('report.claimed', 'report.reopened')
  GROUP BY "reportId"
) a
WHERE a."reportId" = r."id";
UPDATE "RefusalReport"
SET "firstClaimedAt" = COALESCE("claimedAt", "firstDecidedAt")
WHERE "firstClaimedAt" IS NULL AND ("claimedAt" IS NOT NULL OR "firstDecidedAt" IS NOT NULL);

-- The dashboard's overdue count reads "reopenedAt" now: the covering index
-- (20261126140000_dashboard_covering_index) carries it, so the dashboard's
-- aggregates stay index-only scans.
DROP INDEX "RefusalReport_createdAt_idx";
CREATE INDEX "RefusalReport_createdAt_idx" ON "RefusalReport" ("createdAt") INCLUDE (
  "id", "locationId", "category", "status", "reporterId", "occurredAt", "firstDecidedAt",
  "legalRisk", "injury", "policeCalled", "riskBadReview", "riskLostCustomer", "reopenedAt"
);
