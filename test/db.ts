// Scratch databases for tests that need an empty one (migrations, drift).
import { randomBytes } from "node:crypto";
import pg from "pg";

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_DATABASE_URL;
  if (!url) throw new Error("TEST_ADMIN_DATABASE_URL is not set: run the tests with `npm test`.");
  return url;
}

export async function withScratchDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = `scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

/** Tables, columns, enums, indexes and constraints of the public schema. */
export async function describeSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      select table_name, column_name, data_type, udt_name, is_nullable, column_default
      from information_schema.columns
      where table_schema = 'public' and table_name <> '_prisma_migrations'
      order by table_name, column_name`);
    const enums = await client.query(`
      select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder) as labels
      from pg_type t join pg_enum e on e.enumtypid = t.oid
      join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public'
      group by t.typname order by t.typname`);
    // A covering index's INCLUDE list is left out: Prisma's schema cannot say
    // INCLUDE, so migrations add it in raw SQL (see the comments beside
    // `@@index([createdAt])` in schema.prisma); the key columns still count.
    const indexes = await client.query(`
      select tablename, indexname, regexp_replace(indexdef, ' INCLUDE \\(.*\\)$', '') as indexdef from pg_indexes
      where schemaname = 'public' and tablename <> '_prisma_migrations'
      order by tablename, indexname`);
    // CHECK constraints apart: Prisma's schema cannot say CHECK, so migrations
    // add them in raw SQL and only they have them.
    const constraints = await client.query(`
      select c.conrelid::regclass::text as table_name, c.conname, pg_get_constraintdef(c.oid) as definition, c.contype = 'c' as is_check
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.conrelid::regclass::text <> '_prisma_migrations'
      order by 1, 2`);
    const [checks, others] = [true, false].map((check) =>
      constraints.rows.filter((row) => row.is_check === check).map(({ is_check: _, ...row }) => row),
    );
    return { columns: columns.rows, enums: enums.rows, indexes: indexes.rows, constraints: others, checks };
  } finally {
    await client.end();
  }
}
