// Reads an ordered export in short queries: time windows over the report's
// filing time, and keyset pages (time, id) inside a window. Each query sorts
// at most one window's rows whatever plan PostgreSQL picks, no connection is
// held between pages, and memory holds one page.

const HOUR_MS = 3_600_000;
const MIN_WINDOW_MS = HOUR_MS;
const MAX_WINDOW_MS = 64 * 24 * HOUR_MS;

export interface KeysetPage {
  from: Date;
  to: Date;
  after: { at: Date; id: string } | null;
  limit: number;
}

export async function* keysetWindows<Row>(options: {
  start: Date;
  end: Date;
  batchSize: number;
  fetch: (page: KeysetPage) => Promise<Row[]>;
  keyOf: (row: Row) => { at: Date; id: string };
}): AsyncGenerator<Row> {
  const { start, end, batchSize, fetch, keyOf } = options;
  let windowMs = 24 * HOUR_MS;
  for (let from = start; from < end; ) {
    const to = new Date(Math.min(from.getTime() + windowMs, end.getTime()));
    let after: KeysetPage["after"] = null;
    let rows = 0;
    for (;;) {
      const page = await fetch({ from, to, after, limit: batchSize });
      rows += page.length;
      yield* page;
      if (page.length < batchSize) break;
      after = keyOf(page[page.length - 1]);
    }
    // Wider windows over quiet stretches, narrower ones where rows are dense.
    if (rows === 0) windowMs = Math.min(windowMs * 2, MAX_WINDOW_MS);
    else if (rows > batchSize) windowMs = Math.max(windowMs / 2, MIN_WINDOW_MS);
    from = to;
  }
}
