-- The queue sorted by incident time (newest first) read every report of each
-- (location, status) pair and sorted them: at a million reports, "Justified" by
-- incident took ~0.5 s for a supervisor of 3 locations and ~10 s for an admin.
-- An index per (location, status, occurredAt) lets it stop after one page, as
-- the sort by filing time does (measured at 1 M reports: 0.1 ms and 3 ms).
-- It replaces the index on occurredAt alone, so a filing updates as many
-- indexes as before; the review context's same-week lookup at one location
-- is served by the new one (20 ms before, 0.3 ms after).

-- DropIndex
DROP INDEX "RefusalReport_occurredAt_idx";

-- CreateIndex
CREATE INDEX "RefusalReport_locationId_status_occurredAt_id_idx" ON "RefusalReport"("locationId", "status", "occurredAt", "id");
