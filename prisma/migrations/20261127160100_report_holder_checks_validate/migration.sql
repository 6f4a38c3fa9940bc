-- See the previous migration: checks every existing report against the rule.
ALTER TABLE "RefusalReport" VALIDATE CONSTRAINT "RefusalReport_in_review_has_holder";
ALTER TABLE "RefusalReport" VALIDATE CONSTRAINT "RefusalReport_submitted_has_no_holder";
