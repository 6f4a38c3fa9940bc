import { randomUUID } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseFilter, resolveFilter } from "@/lib/dashboard/filters";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createLocation, createUser, sessionFor } from "@/test/factories";
import { reportColumns } from "./columns";
import { reportsCsvStream } from "./csv";
import { translatorFor } from "./test-translator";

// 200,000 reports with ~270-character narratives make a CSV of about 110 MB.
// Built in memory it would need at least that much heap; streamed, the live
// heap (measured after forced collections while the download runs) must stay
// under HEAP_BOUND_MB above where it started (measured here: about 10 MB).
const ROWS = 200_000;
const HEAP_BOUND_MB = 32;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function withoutTimeout(run: (tx: Prisma.TransactionClient) => Promise<unknown>) {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL statement_timeout = 0`;
      await run(tx);
    },
    { timeout: 280_000 },
  );
}

let locationId: string;
let reporterId: string;

beforeAll(async () => {
  const location = await createLocation("Streaming – Przykładowa 1");
  locationId = location.id;
  reporterId = (await createUser({ locations: [locationId], name: "Łucja Strumień" })).id;
  const prefix = randomUUID().slice(0, 8);
  // Generated in the database (no rows held by the test), without the app's statement timeout.
  // Withdrawn, so that no queue, deadline scan or other test running meanwhile picks them up.
  await withoutTimeout((tx) => tx.$executeRaw`
    INSERT INTO "RefusalReport" ("id", "number", "idempotencyKey", "reporterId", "locationId", "occurredAt", "category",
      "aggressionKinds", "narrative", "customerRequest", "reasonsExplained", "alternativeOffered", "status", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), 'S-' || ${prefix} || '-' || g, ${prefix} || '-' || g, ${reporterId}::uuid, ${locationId}::uuid,
      timestamp '2025-06-01 06:00' + g * interval '10 seconds' - interval '1 hour', 'AGGRESSIVE_BEHAVIOUR',
      '{SWEARING}', 'Zgłoszenie ' || g || ': ' || repeat('Klient krzyczał, żądał zwrotu i groził złą opinią. ', 5),
      'Zwrot bez paragonu', true, false, 'WITHDRAWN',
      timestamp '2025-06-01 06:00' + g * interval '10 seconds', now()
    FROM generate_series(1, ${ROWS}::int) AS g`);
}, 300_000);

afterAll(async () => {
  await withoutTimeout((tx) => tx.$executeRaw`DELETE FROM "RefusalReport" WHERE "locationId" = ${locationId}::uuid`);
  await db.location.delete({ where: { id: locationId } });
}, 300_000);

describe("streaming export", () => {
  it(`streams ${ROWS} rows with the live heap growing less than ${HEAP_BOUND_MB} MB`, async () => {
    const hr = await sessionFor((await createUser({ role: "HR" })).id);
    const filter = resolveFilter(parseFilter({ preset: "custom", from: "2025-06-01", to: "2025-06-30", loc: locationId }).data!);
    const stream = await reportsCsvStream(hr, filter, reportColumns(translatorFor("pl")));

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let bytes = 0;
    let lines = 0;
    let nextSample = 0;
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) lines += 1;
      if (bytes >= nextSample) {
        nextSample += 10 * 1024 * 1024;
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
      }
    }
    const growthMb = peak / (1024 * 1024);
    console.info(`streaming export: ${ROWS} rows, ${(bytes / 1048576).toFixed(0)} MB of CSV, live heap growth ${growthMb.toFixed(1)} MB`);
    expect(lines).toBe(ROWS + 1);
    expect(bytes).toBeGreaterThan(3 * HEAP_BOUND_MB * 1024 * 1024);
    expect(growthMb).toBeLessThan(HEAP_BOUND_MB);
  }, 300_000);

  const monthFilter = () => resolveFilter(parseFilter({ preset: "custom", from: "2025-06-01", to: "2025-06-30", loc: locationId }).data!);

  it("errors the download, instead of ending it as if complete, when the statement fails mid-way", async () => {
    const hr = await sessionFor((await createUser({ role: "HR" })).id);
    const stream = await reportsCsvStream(hr, monthFilter(), reportColumns(translatorFor("pl")));
    let bytes = 0;
    const read = (async () => {
      for await (const chunk of stream) {
        // The statement of a CSV download runs under the application name `csv-export <user id>` (csv.ts).
        if (bytes === 0) await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${`csv-export ${hr.id}`}`;
        bytes += (chunk as Buffer).length;
      }
    })();
    await expect(read).rejects.toThrow(/terminat/i);
    expect(bytes).toBeGreaterThan(0);
  });
});
