import { beforeAll, describe, expect, it } from "vitest";
import { parseFilter, resolveFilter } from "@/lib/dashboard/filters";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AggressionKind, LegalRisk, ReportCategory, ReportStatus } from "@/lib/generated/prisma/enums";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { prng } from "@/test/prng";
import type { SessionUser } from "@/lib/auth/session";
import { reportColumns, type Translate } from "./columns";
import { crlfRecords, reportsCsvStream, type CsvDelimiter } from "./csv";
import { referenceCsvStream } from "./csv-reference.test-helpers";
import { exportReportRows } from "./rows";
import { translatorFor } from "./test-translator";

// The CSV made by COPY must be, byte for byte, what the JavaScript writer
// (csv-reference.test-helpers.ts) makes of the same rows.

const NASTY = [
  "",
  "zwykły tekst",
  'cudzysłów " w środku',
  '"cały w cudzysłowie"',
  "przecinek, w środku",
  "średnik; w środku",
  "nowa\nlinia",
  "powrót\rkaretki",
  "windows\r\nkoniec",
  "kończy się CR\r",
  "\nzaczyna się LF",
  "=1+2",
  "+48 600 100 200",
  "-1",
  "@SUM(A1)",
  "\tTAB",
  "\r=CR",
  " =spacja przed",
  "'już z apostrofem",
  "Zażółć gęślą jaźń ŻÓŁĆ",
  "emoji 🙂 i \\ ukośnik \\N \\.",
  "\\.",
  'mieszanka: "a",b;c\r\nd\ne\r',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Durations: sub-hour, exact x.05 ties (3, 63, 9 min…), a millisecond, negative, long.
const DURATIONS = [0, 1, 999, 3 * MINUTE, 3 * MINUTE - 1, 9 * MINUTE, 63 * MINUTE, 0.15 * HOUR, 2.25 * HOUR, 1000.05 * HOUR, -3 * MINUTE, -9 * MINUTE, -1.05 * HOUR];
// Around both changes of Warsaw's clocks in 2026 (29 March 01:00 UTC, 25 October 01:00 UTC), with milliseconds.
const INSTANTS = [
  "2026-03-29T00:59:59.999Z",
  "2026-03-29T01:00:00.000Z",
  "2026-03-29T01:30:00.500Z",
  "2026-10-25T00:30:00.000Z",
  "2026-10-25T00:59:59.001Z",
  "2026-10-25T01:00:00.000Z",
  "2026-10-25T01:30:00.000Z",
  "2026-06-15T12:00:00.000Z",
  "2026-12-31T22:59:59.999Z",
];

let hr: SessionUser;
let locationId: string;

beforeAll(async () => {
  const location = await createLocation('-Łódź; "Centrum", =A1');
  locationId = location.id;
  const reporter = await createUser({ locations: [locationId], name: "@Żaneta \"Ż\" Głowacka\r\nktoś" });
  hr = await sessionFor((await createUser({ role: "HR" })).id);
  const reviewer = await createUser({ role: "SUPERVISOR", supervises: [locationId] });
  const next = prng(20261126);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const text = () => (next() < 0.5 ? pick(NASTY) : `${pick(NASTY)}${pick(NASTY)}`);
  const kinds = Object.values(AggressionKind);
  const statuses = Object.values(ReportStatus);
  const categories = Object.values(ReportCategory);
  const risks = Object.values(LegalRisk);
  const reports: Partial<Prisma.RefusalReportUncheckedCreateInput>[] = [];
  for (let i = 0; i < 240; i++) {
    const createdAt = new Date(new Date(INSTANTS[i % INSTANTS.length]).getTime() + (i < 60 ? 0 : Math.floor(next() * 100 * 24) * HOUR + Math.floor(next() * HOUR)));
    const decided = i % 5 !== 0;
    const duration = () => (next() < 0.6 ? pick(DURATIONS) : Math.floor((next() - 0.1) * 300 * HOUR));
    reports.push({
      number: `${i === 0 ? "=R-1" : `R-${i}`}-${locationId.slice(0, 8)}`,
      createdAt,
      occurredAt: new Date(createdAt.getTime() - duration()),
      firstDecidedAt: decided ? new Date(createdAt.getTime() + duration()) : null,
      // Every status, category and legal risk, each in many combinations.
      status: statuses[i % statuses.length],
      // Held past the queue, as the services leave it (the database checks it).
      assigneeId: ["SUBMITTED", "WITHDRAWN"].includes(statuses[i % statuses.length]) ? null : reviewer.id,
      category: categories[i % categories.length],
      legalRisk: risks[i % risks.length],
      // Also longer than the kinds there are, with repeats (not what the app writes, but allowed).
      aggressionKinds: i % 4 === 0 ? [] : i % 29 === 1 ? [...kinds, kinds[2], kinds[0]] : kinds.filter(() => next() < 0.4).reverse(),
      otherCategoryText: next() < 0.5 ? null : text(),
      narrative: text(),
      customerRequest: text(),
      alternativeDescription: next() < 0.5 ? null : text(),
      customerDescription: next() < 0.4 ? null : text(),
      // Some removed by retention: the marker's translation, the same both ways.
      customerDescriptionRedactedAt: next() < 0.15 ? createdAt : null,
      reasonsExplained: next() < 0.5,
      alternativeOffered: next() < 0.5,
      securityCalled: next() < 0.5,
      policeCalled: next() < 0.5,
      injury: next() < 0.5,
      damage: next() < 0.5,
      riskBadReview: next() < 0.5,
      riskLostCustomer: next() < 0.5,
    });
  }
  for (const data of reports) await createReport(reporter.id, locationId, data);
}, 120_000);

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("CSV export by COPY", () => {
  const cases: { delimiter: CsvDelimiter; customer: boolean; locale: "pl" | "en"; timeZone?: string; hostileLabels?: boolean }[] = [];
  for (const delimiter of ["comma", "semicolon"] as const) {
    for (const customer of [false, true]) for (const locale of ["pl", "en"] as const) cases.push({ delimiter, customer, locale });
  }
  cases.push({ delimiter: "comma", customer: true, locale: "en", timeZone: "America/St_Johns" });
  // Translations that start like formulas, hold quotes or delimiters: the labels go through the same rules.
  cases.push({ delimiter: "semicolon", customer: false, locale: "pl", hostileLabels: true });

  const hostile = (t: Translate): Translate => (key) => {
    if (key.startsWith("exports.aggression.PHYSICAL")) return `-${t(key)}`;
    if (key.startsWith("common.category.")) return `=${t(key)}; "${key}", \n`;
    if (key === "exports.yes") return "@tak";
    return t(key);
  };

  it.each(cases)("equals the JavaScript writer byte for byte: $delimiter, customer $customer, $locale, zone $timeZone, hostile labels $hostileLabels", async ({ delimiter, customer, locale, timeZone, hostileLabels }) => {
    const filter = resolveFilter(parseFilter({ preset: "custom", from: "2026-03-01", to: "2027-06-30", loc: locationId }).data!, new Date("2027-07-01T12:00:00Z"), timeZone);
    const t = translatorFor(locale);
    const columns = reportColumns(hostileLabels ? hostile(t) : t, { includeCustomerDescription: customer });
    const copied = await readAll(await reportsCsvStream(hr, filter, columns, delimiter));
    const reference = await readAll(
      referenceCsvStream(exportReportRows(hr, filter, { includeCustomerDescription: customer, batchSize: 37 }), columns, { delimiter, timeZone: filter.timeZone }),
    );
    expect(copied.toString("utf8")).toBe(reference.toString("utf8"));
    expect(copied.equals(reference)).toBe(true);
    // The fixture did reach the cases it is for.
    const text = copied.toString("utf8");
    expect(text.split(`-${locationId.slice(0, 8)}`).length - 1).toBe(240);
    expect(text).toContain(delimiter === "comma" ? ",0.1," : ";0,1;");
    expect(text).toContain("'=R-1");
    expect(text).toContain('"nowa\nlinia"');
    if (hostileLabels) expect(text).toContain(";'@tak;");
    if (!timeZone) expect(text).toMatch(/2026-03-29T01:59:59\+01:00[^]*2026-03-29T03:00:00\+02:00/);
    else expect(text).toContain("-02:30");
  });
});

describe("crlfRecords", () => {
  it("ends every record with CRLF and leaves LF inside quoted fields, however the input is cut", async () => {
    const input = Buffer.from('a,"b\nc""\n",d\n"",e\n"x""y",\n\n"\n"\n');
    const expected = Buffer.from('PRE|a,"b\nc""\n",d\r\n"",e\r\n"x""y",\r\n\r\n"\n"\r\n');
    for (let cut = 0; cut <= input.length; cut++) {
      for (const step of [1, 2, 3, input.length]) {
        const stream = crlfRecords(Buffer.from("PRE|"));
        const output = readAll(stream);
        stream.write(input.subarray(0, cut));
        for (let at = cut; at < input.length; at += step) stream.write(input.subarray(at, at + step));
        stream.end();
        expect((await output).toString()).toBe(expected.toString());
      }
    }
  });
});
