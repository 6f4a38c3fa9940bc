-- Notifications now reference their report, so a list can show one only
-- while its reader may still read the report. A notification whose report was
-- deleted (only tests and the benchmark's cleanup delete reports) points at
-- nothing and could not be opened: removed, or the constraint would refuse it.
DELETE FROM "Notification" n
WHERE n."reportId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "RefusalReport" r WHERE r."id" = n."reportId");

-- CreateIndex
CREATE INDEX "Notification_reportId_idx" ON "Notification"("reportId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RefusalReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
