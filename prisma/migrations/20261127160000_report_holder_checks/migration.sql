-- The status/holder rule in the database too, not only in the one write path
-- per transition (lib/reports/lifecycle.ts): a report in review has a
-- holder, and one in the queue has none. A report with a holder and in the
-- queue shows as free to claim while someone works on it; one in review with
-- no holder can be decided by nobody's claim. Prisma's schema cannot say
-- CHECK, so these live here only (the drift test compares the rest).
--
-- NOT VALID here, VALIDATE in the next migration: adding takes the table's
-- exclusive lock for a moment; validating reads every report under a lock
-- that lets reads and writes go on, and each migration is its own transaction.
ALTER TABLE "RefusalReport"
  ADD CONSTRAINT "RefusalReport_in_review_has_holder" CHECK ("status" <> 'IN_REVIEW' OR "assigneeId" IS NOT NULL) NOT VALID,
  ADD CONSTRAINT "RefusalReport_submitted_has_no_holder" CHECK ("status" <> 'SUBMITTED' OR "assigneeId" IS NULL) NOT VALID;
