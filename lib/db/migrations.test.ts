import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { describeSchema, withScratchDatabase } from "@/test/db";
import { applyMigrations, readMigrations } from "./migrations";

describe("migrations", () => {
  it("apply on an empty database, record themselves like Prisma, and are idempotent", async () => {
    await withScratchDatabase(async (url) => {
      const applied = await applyMigrations(url);
      expect(applied).toEqual(readMigrations().map((m) => m.name));
      expect(applied.length).toBeGreaterThan(0);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        `select migration_name, checksum, finished_at, applied_steps_count from "_prisma_migrations" order by migration_name`,
      );
      await client.end();
      expect(rows.map((row) => row.migration_name)).toEqual(applied);
      for (const [index, row] of rows.entries()) {
        expect(row.checksum).toBe(readMigrations()[index].checksum);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
      }
      expect(await applyMigrations(url)).toEqual([]);
    });
  });

  it("produce exactly what schema.prisma describes (no drift)", async () => {
    await withScratchDatabase(async (fromMigrations) => {
      await withScratchDatabase(async (fromSchema) => {
        await applyMigrations(fromMigrations);
        const script = execFileSync(
          process.execPath,
          ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db/schema-sql.ts", fromSchema],
          { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
        );
        const client = new pg.Client({ connectionString: fromSchema });
        await client.connect();
        await client.query(script);
        await client.end();
        const [{ checks: none, ...expected }, { checks, ...actual }] = await Promise.all([describeSchema(fromSchema), describeSchema(fromMigrations)]);
        expect(expected.columns.length).toBeGreaterThan(50);
        expect(actual).toEqual(expected);
        // Only the migrations add CHECK constraints (raw SQL), and these are all of them, validated.
        expect(none).toEqual([]);
        expect(checks.map((check) => check.conname)).toEqual(["RefusalReport_in_review_has_holder", "RefusalReport_submitted_has_no_holder"]);
        expect(checks.map((check) => check.definition).join(" ")).not.toContain("NOT VALID");
      });
    });
  }, 180_000); // the wasm schema engine takes ~10 s alone, far longer on a loaded machine

  it("refuse a migration edited after it was applied", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`update "_prisma_migrations" set checksum = 'tampered' where migration_name = $1`, [readMigrations()[0].name]);
      await client.end();
      await expect(applyMigrations(url)).rejects.toThrow(/edited after it was applied/);
    });
  });
  it("wait for a table in use only so long, let others through and try again; give up after their tries", async () => {
    await withScratchDatabase(async (url) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
      const write = (name: string, sql: string) => {
        mkdirSync(path.join(dir, name));
        writeFileSync(path.join(dir, name, "migration.sql"), sql);
      };
      write("0001_table", `CREATE TABLE "Busy" ("id" int);`);
      expect(await applyMigrations(url, { dir })).toEqual(["0001_table"]);
      // Adding a column needs the table to itself; a transaction reading it holds it meanwhile.
      write("0002_column", `ALTER TABLE "Busy" ADD COLUMN "note" text;`);
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      await holder.query(`begin; select * from "Busy"`);
      const migrations = async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        const { rows } = await client.query(`select migration_name from "_prisma_migrations" order by 1`);
        await client.end();
        return rows.map((row) => row.migration_name);
      };
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        await expect(applyMigrations(url, { dir, lockTimeoutMs: 50, attempts: 2, retryDelayMs: 1 })).rejects.toThrow(
          /0002_column failed: canceling statement due to lock timeout/,
        );
        expect(warn).toHaveBeenCalledTimes(1);
        expect(await migrations()).toEqual(["0001_table"]);

        // The holder finishes while the migrator waits between tries: the next try succeeds.
        warn.mockClear();
        const applying = applyMigrations(url, { dir, lockTimeoutMs: 50, attempts: 1_000, retryDelayMs: 1 });
        await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 30_000, interval: 20 });
        await holder.query("commit");
        expect(await applying).toEqual(["0002_column"]);
        expect(await migrations()).toEqual(["0001_table", "0002_column"]);
      } finally {
        warn.mockRestore();
        await holder.end();
      }
    });
  });
});
