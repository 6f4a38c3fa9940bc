// The bench leaves its database as it found it: whatever a run adds (filed
// reports and their numbers, audit and outbox events, notifications, sign-in
// sessions) is removed at the end, and the tables vacuumed, so a
// million-report seed serves many runs.
import type pg from "pg";

export interface Snapshot {
  sequence: Map<number, number>;
  maxAudit: string;
  maxOutbox: string;
  startedAt: Date;
}

export async function snapshot(pool: pg.Pool): Promise<Snapshot> {
  const sequence = await pool.query<{ year: number; last: number }>(`select "year", "last" from "ReportNumberSequence"`);
  const audit = await pool.query<{ max: string }>(`select coalesce(max(id), 0)::text as max from "AuditEvent"`);
  const outbox = await pool.query<{ max: string }>(`select coalesce(max(id), 0)::text as max from "OutboxEvent"`);
  const now = await pool.query<{ now: Date }>(`select (now() at time zone 'UTC')::timestamp(3) as now`);
  return {
    sequence: new Map(sequence.rows.map((row) => [row.year, row.last])),
    maxAudit: audit.rows[0].max,
    maxOutbox: outbox.rows[0].max,
    startedAt: now.rows[0].now,
  };
}

/** Returns how many reports it removed. */
export async function restore(pool: pg.Pool, before: Snapshot): Promise<number> {
  const client = await pool.connect();
  let removed = 0;
  try {
    await client.query("begin");
    const years = [...before.sequence.keys()];
    for (const [year, last] of before.sequence) {
      const reports = await client.query<{ id: string }>(
        `select "id" from "RefusalReport" where "number" like $1 and substring("number" from 8)::int > $2`,
        [`R-${year}-%`, last],
      );
      removed += await removeReports(client, reports.rows.map((row) => row.id));
      await client.query(`update "ReportNumberSequence" set "last" = $2 where "year" = $1`, [year, last]);
    }
    // Filed in a year the seed had no numbers for (a run across New Year).
    const others = await client.query<{ id: string }>(
      `select "id" from "RefusalReport" where "createdAt" >= $1 and not ("number" like any($2::text[]))`,
      [before.startedAt, years.map((year) => `R-${year}-%`)],
    );
    removed += await removeReports(client, others.rows.map((row) => row.id));
    await client.query(`delete from "ReportNumberSequence" where not ("year" = any($1::int[]))`, [years]);
    // Audit events are append-only (a trigger refuses DELETE): the bench's own
    // rows can go only with triggers off, which takes a superuser. Reports were
    // deleted above with triggers on, so the status counters followed.
    await client.query("set local session_replication_role = replica");
    await client.query(`delete from "AuditEvent" where "id" > $1`, [before.maxAudit]);
    await client.query(`delete from "OutboxEvent" where "id" > $1`, [before.maxOutbox]);
    await client.query(`delete from "Notification" where "createdAt" >= $1`, [before.startedAt]);
    await client.query(`delete from "AuthSession" where "createdAt" >= $1`, [before.startedAt]);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  // The run's filings went into free space all over the table (after the
  // seed's VACUUM every page has some), so deleting them left ~20,000 of the
  // reports' 93,000 pages not all-visible, and the next run's index-only
  // scans read the table for 30 % of a year's rows (P4's counts 44 → 76 ms).
  // Autovacuum would wait for 200,000 dead rows; the next run should not.
  await pool.query(`vacuum "RefusalReport", "AuditEvent", "OutboxEvent", "Notification", "AuthSession", "ReportNumberSequence"`);
  return removed;
}

async function removeReports(client: pg.PoolClient, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  await client.query(`delete from "Notification" where "reportId" = any($1::uuid[])`, [ids]);
  const { rowCount } = await client.query(`delete from "RefusalReport" where "id" = any($1::uuid[])`, [ids]);
  return rowCount ?? 0;
}
