// P3: CSV export of every report as HR (custom period covering all three
// years): rows/s of the streamed download and the peak RSS of the listening
// Next.js process (sampled every 100 ms) over its RSS just before; baseline:
// `COPY (the same query) TO STDOUT` through pg-copy-streams. Like for like,
// the figure is the uncompressed download (the same bytes COPY gives); the
// gzip one a browser gets, which this client decompresses on the same two
// cores as the server and PostgreSQL, is in its details.
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { PROJECT_ROOT } from "../../../lib/db/connection.ts";
import { rssKb, sampleRss } from "../app-server.ts";
import type { BenchContext } from "../context.ts";
import { notAvailable, type Figure } from "../results.ts";
import { signIn } from "../../../test/http-session.ts";
import { BENCH_PASSWORD, HR_EMAIL } from "../seed-rows.ts";
import { WARSAW_MIDNIGHT_SQL, exportReportsSql, warsawDay } from "../sql.ts";

const TITLE = "CSV export of all reports";
const TARGET = "≥ 50 % of COPY; RSS growth < 250 MB";
/** The export filter's longest period is 3 × 366 days; the seed spans 3 × 365. */
const SPAN_DAYS = 1097;

function countLines(chunk: Uint8Array): number {
  let lines = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  return lines;
}

export async function runP3(ctx: BenchContext): Promise<Figure> {
  if (!existsSync(path.join(PROJECT_ROOT, "app/api/exports/csv/route.ts"))) {
    return notAvailable("P3", TITLE, TARGET, "feature missing: CSV export");
  }
  const from = warsawDay(-SPAN_DAYS);
  const to = warsawDay(0);
  const cookie = await signIn(ctx.app.url, HR_EMAIL, BENCH_PASSWORD);

  const client = new pg.Client({ connectionString: ctx.databaseUrl });
  await client.connect();
  try {
    const [start, end] = await Promise.all(
      [from, warsawDay(1)].map(async (day) => (await client.query<{ at: Date }>(WARSAW_MIDNIGHT_SQL, [day])).rows[0].at),
    );
    /** Rows of one COPY of the export's query, and its seconds. */
    const copyOnce = async () => {
      const t = performance.now();
      const stream = client.query(copyTo(`COPY (${exportReportsSql(start, end)}) TO STDOUT WITH (FORMAT csv, HEADER)`));
      let copyLines = 0;
      for await (const chunk of stream) copyLines += countLines(chunk as Buffer);
      return { rows: Math.max(0, copyLines - 1), seconds: (performance.now() - t) / 1000 };
    };
    // Whichever ran first read the table from disk for both (the app lost 65 s
    // to 15 s that way): one untimed pass warms the cache for the two.
    await copyOnce();

    const rssBefore = rssKb(ctx.app.pid);
    const sampler = sampleRss(ctx.app.pid, 100);
    /**
     * One download, read as it arrives. Through node:http and zlib, not fetch:
     * this Node's fetch took 198–238 s instead of 19 to decompress the same
     * gzip stream in some runs (curl: 15 s), which measured the client.
     */
    const download = async (asked: "gzip" | "identity") => {
      const t0 = performance.now();
      const url = `${ctx.app.url}/api/exports/csv?preset=custom&from=${from}&to=${to}`;
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get(url, { headers: { cookie, "accept-encoding": asked } }, resolve).on("error", reject);
      });
      const encoding = response.headers["content-encoding"] ?? "identity";
      let lines = 0;
      let bytes = 0;
      const count = async (body: AsyncIterable<Buffer>) => {
        for await (const chunk of body) {
          lines += countLines(chunk);
          bytes += chunk.length;
        }
      };
      if (response.statusCode !== 200) response.resume();
      else if (encoding === "gzip") await pipeline(response, createGunzip(), count);
      else await count(response);
      return { status: response.statusCode, encoding, rows: Math.max(0, lines - 1), bytes, seconds: (performance.now() - t0) / 1000 };
    };
    const plain = await download("identity");
    const gzip = plain.status === 200 ? await download("gzip") : plain;
    const { peakKb } = sampler.stop();
    if (plain.status !== 200) return notAvailable("P3", TITLE, TARGET, `export answered ${plain.status}`);
    ctx.log(`  P3: gzip (${gzip.encoding}) ${gzip.rows} rows in ${gzip.seconds.toFixed(1)} s (${(gzip.rows / gzip.seconds).toFixed(0)} rows/s)`);
    const { rows: appRows, seconds: appSeconds, bytes } = plain;
    const { rows: copyRows, seconds: copySeconds } = await copyOnce();
    return figureOf(ctx, { appRows, appSeconds, bytes, rssBefore, peakKb, copyRows, copySeconds, gzip });
  } finally {
    await client.end();
  }
}

function figureOf(ctx: BenchContext, { appRows, appSeconds, bytes, rssBefore, peakKb, copyRows, copySeconds, gzip }: {
  appRows: number; appSeconds: number; bytes: number; rssBefore: number; peakKb: number; copyRows: number; copySeconds: number;
  gzip: { rows: number; seconds: number; encoding: string };
}): Figure {
  const appRate = appRows / appSeconds;
  const copyRate = copyRows / copySeconds;
  const growthMb = (peakKb - rssBefore) / 1024;
  ctx.log(
    `  P3: app ${appRows} rows in ${appSeconds.toFixed(1)} s (${(bytes / 2 ** 20).toFixed(0)} MB), RSS ${(rssBefore / 1024).toFixed(0)} → peak ${(peakKb / 1024).toFixed(0)} MB; COPY ${copyRows} rows in ${copySeconds.toFixed(1)} s`,
  );
  return {
    id: "P3",
    title: TITLE,
    status: "ok",
    app: {
      value: appRate,
      unit: "rows/s",
      details: {
        rows: appRows,
        seconds: appSeconds,
        megabytes: bytes / 2 ** 20,
        gzipRowsPerSecond: gzip.rows / gzip.seconds,
        gzipSeconds: gzip.seconds,
        gzipEncoding: gzip.encoding,
        rssBeforeMb: rssBefore / 1024,
        rssPeakMb: peakKb / 1024,
        rssGrowthMb: growthMb,
      },
    },
    baseline: { value: copyRate, unit: "rows/s", details: { rows: copyRows, seconds: copySeconds } },
    ratio: appRate / copyRate,
    ratioMeaning: "of COPY",
    target: TARGET,
    pass: appRate / copyRate >= 0.5 && growthMb < 250 && appRows === copyRows && gzip.rows === copyRows,
  };
}
