-- CreateTable
CREATE TABLE "ReportStatusCount" (
    "locationId" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportStatusCount_pkey" PRIMARY KEY ("locationId","status")
);


-- Kept up to date by triggers, in the same transaction as the change, so
-- every path that files, moves or deletes a report is counted. An update
-- touches its two counter rows in status order, so two transactions moving
-- reports of one location in opposite directions cannot deadlock.
CREATE FUNCTION refusal_desk_count_report_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportStatusCount" ("locationId", "status", "count") VALUES (NEW."locationId", NEW."status", 1)
    ON CONFLICT ("locationId", "status") DO UPDATE SET "count" = "ReportStatusCount"."count" + 1;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "ReportStatusCount" SET "count" = "count" - 1 WHERE "locationId" = OLD."locationId" AND "status" = OLD."status";
  ELSIF (OLD."locationId", OLD."status") < (NEW."locationId", NEW."status") THEN
    UPDATE "ReportStatusCount" SET "count" = "count" - 1 WHERE "locationId" = OLD."locationId" AND "status" = OLD."status";
    INSERT INTO "ReportStatusCount" ("locationId", "status", "count") VALUES (NEW."locationId", NEW."status", 1)
    ON CONFLICT ("locationId", "status") DO UPDATE SET "count" = "ReportStatusCount"."count" + 1;
  ELSE
    INSERT INTO "ReportStatusCount" ("locationId", "status", "count") VALUES (NEW."locationId", NEW."status", 1)
    ON CONFLICT ("locationId", "status") DO UPDATE SET "count" = "ReportStatusCount"."count" + 1;
    UPDATE "ReportStatusCount" SET "count" = "count" - 1 WHERE "locationId" = OLD."locationId" AND "status" = OLD."status";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "RefusalReport_count_insert_delete" AFTER INSERT OR DELETE ON "RefusalReport"
  FOR EACH ROW EXECUTE FUNCTION refusal_desk_count_report_status();
CREATE TRIGGER "RefusalReport_count_update" AFTER UPDATE OF "status", "locationId" ON "RefusalReport"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."locationId" IS DISTINCT FROM NEW."locationId")
  EXECUTE FUNCTION refusal_desk_count_report_status();

-- Recounts from scratch: after this migration on existing data, and after a
-- bulk load that bypassed triggers (the benchmark seed).
CREATE FUNCTION refusal_desk_recount_report_status() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportStatusCount";
  INSERT INTO "ReportStatusCount" ("locationId", "status", "count")
    SELECT "locationId", "status", count(*)::int FROM "RefusalReport" GROUP BY 1, 2;
$$;

SELECT refusal_desk_recount_report_status();
