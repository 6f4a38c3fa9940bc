// The statements a filing sends: the year's next report number, then the
// report with its audit and outbox events. Built here, apart from the
// database client, so that the benchmark's P1 baseline (scripts/bench) sends
// these very statements through `pg`, prepared under the same names
// (asPgQuery), and measures the app against the database doing the same work.
// All three statements a filing makes, these and the session's, are prepared
// once per connection (lib/db/prepared.ts).
import { prepared } from "@/lib/db/prepared";
import { Prisma } from "@/lib/generated/prisma/client";
import { fileReportSchema, type FileReport } from "./schema";

const YEAR_IN_POLAND = new Intl.DateTimeFormat("en", { timeZone: "Europe/Warsaw", year: "numeric" });

/** Report numbers run per calendar year in Poland. */
export function reportYear(now: Date): number {
  return Number(YEAR_IN_POLAND.format(now));
}

export function formatReportNumber(year: number, sequence: number): string {
  return `R-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * Takes the year's next sequence number (`last`) as one autocommitted
 * statement whose commit does not wait for the disk; allocateReportNumber
 * says why that is safe. set_config(…, true) lasts until the end of the
 * statement's own implicit transaction, so it governs exactly this commit.
 */
export const nextNumberStatement = (year: number) => prepared(Prisma.sql`
  insert into "ReportNumberSequence" ("year", "last")
  select ${year}::int, 1 where set_config('synchronous_commit', 'off', true) is not null
  on conflict ("year") do update set "last" = "ReportNumberSequence"."last" + 1
  returning "last"`);

// The form's fields, stored as typed: each is a column of the same name (as
// Prisma's create took them before the filing became one statement).
const FORM_FIELDS = Object.keys(fileReportSchema.shape);
const FORM_COLUMNS = Prisma.raw(FORM_FIELDS.map((field) => `"${field}"`).join(", "));
const FROM_FORM = Prisma.raw(FORM_FIELDS.map((field) => `form."${field}"`).join(", "));

/**
 * The report, its audit event and its outbox event as one statement (returns
 * the report's id and number). PostgreSQL runs every data-modifying WITH once
 * and to completion, whether or not the final SELECT reads it. The form goes
 * as JSON, so it may be the parsed form or the body a client sent.
 */
export function fileReportStatement(report: { id: string; number: string; reporterId: string; form: Record<keyof FileReport, unknown> }) {
  return prepared(Prisma.sql`
    WITH report AS (
      INSERT INTO "RefusalReport" ("id", "number", "reporterId", "status", "createdAt", "updatedAt", ${FORM_COLUMNS})
      SELECT ${report.id}::uuid, ${report.number}, ${report.reporterId}::uuid, 'SUBMITTED', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', ${FROM_FORM}
      FROM jsonb_populate_record(NULL::"RefusalReport", ${JSON.stringify(report.form)}::jsonb) form
      RETURNING "id", "number", "locationId"
    ), audit AS (
      INSERT INTO "AuditEvent" ("actorId", "action", "entityType", "entityId", "reportId", "toStatus", "createdAt")
      SELECT ${report.reporterId}::uuid, 'report.submitted', 'report', "id"::text, "id", 'SUBMITTED', now() AT TIME ZONE 'UTC' FROM report
    ), outbox AS (
      INSERT INTO "OutboxEvent" ("type", "payload", "createdAt")
      SELECT 'report.submitted', jsonb_build_object('reportId', "id", 'actorId', ${report.reporterId}::text, 'locationId', "locationId"), now() AT TIME ZONE 'UTC'
      FROM report
    )
    SELECT "id", "number" FROM report`);
}
