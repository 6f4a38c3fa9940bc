-- ReportStatusCount was kept by row-level triggers: a statement inserting many
-- reports at one location updated the same counter row once per report, and
-- PostgreSQL cannot prune those versions inside one transaction, so the cost
-- grew with the square of the rows (200,000 reports: minutes). Statement-level
-- triggers with transition tables add one delta per (location, status) per
-- statement instead; a single filing still costs one counter upsert. Counter
-- rows are touched in key order so concurrent statements cannot deadlock.

DROP TRIGGER "RefusalReport_count_insert_delete" ON "RefusalReport";
DROP TRIGGER "RefusalReport_count_update" ON "RefusalReport";
DROP FUNCTION refusal_desk_count_report_status();

CREATE FUNCTION refusal_desk_count_report_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportStatusCount" ("locationId", "status", "count")
      SELECT "locationId", "status", count(*)::int FROM new_reports GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("locationId", "status") DO UPDATE SET "count" = "ReportStatusCount"."count" + EXCLUDED."count";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "ReportStatusCount" AS c SET "count" = c."count" - d.n
      FROM (SELECT "locationId", "status", count(*)::int AS n FROM old_reports GROUP BY 1, 2 ORDER BY 1, 2) AS d
      WHERE c."locationId" = d."locationId" AND c."status" = d."status";
  ELSE
    INSERT INTO "ReportStatusCount" ("locationId", "status", "count")
      SELECT "locationId", "status", sum(delta)::int
      FROM (
        SELECT "locationId", "status", -1 AS delta FROM old_reports
        UNION ALL
        SELECT "locationId", "status", 1 AS delta FROM new_reports
      ) AS moves
      GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
    ON CONFLICT ("locationId", "status") DO UPDATE SET "count" = "ReportStatusCount"."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "RefusalReport_count_insert" AFTER INSERT ON "RefusalReport"
  REFERENCING NEW TABLE AS new_reports
  FOR EACH STATEMENT EXECUTE FUNCTION refusal_desk_count_report_status();
CREATE TRIGGER "RefusalReport_count_delete" AFTER DELETE ON "RefusalReport"
  REFERENCING OLD TABLE AS old_reports
  FOR EACH STATEMENT EXECUTE FUNCTION refusal_desk_count_report_status();
CREATE TRIGGER "RefusalReport_count_update" AFTER UPDATE ON "RefusalReport"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports
  FOR EACH STATEMENT EXECUTE FUNCTION refusal_desk_count_report_status();
