import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { wallClock } from "@/lib/dashboard/dates";
import { parseFilter, resolveFilter } from "@/lib/dashboard/filters";
import { marchFixture } from "@/lib/dashboard/fixture.test-helpers";
import type { SessionUser } from "@/lib/auth/session";
import { createLocation, createReport, createUser, sessionFor } from "@/test/factories";
import { exportStream, prepareExport } from "./service";
import { translatorFor } from "./test-translator";

let f: Awaited<ReturnType<typeof marchFixture>>;
let reasonId: string;
beforeAll(async () => {
  f = await marchFixture();
  await db.refusalReport.update({ where: { id: f.reports.justified1.id }, data: { narrative: "=1+2 Żółć", customerDescription: "Kobieta w czerwonym płaszczu" } });
  reasonId = (await db.decisionReason.findFirstOrThrow({ where: { outcome: "JUSTIFIED" } })).id;
  const reviewer = await createUser({ role: "SUPERVISOR", supervises: [f.a.id], name: "Grzegorz Brzęczyszczykiewicz" });
  await db.decision.create({
    data: {
      reportId: f.reports.justified1.id,
      reviewerId: reviewer.id,
      outcome: "JUSTIFIED",
      reasonCodeId: reasonId,
      rationale: "@Uzasadnione – klient groził",
      followUpActions: ["TRAINING"],
      createdAt: new Date("2026-03-02T13:00:00Z"),
    },
  });
});

async function exportXlsx(params: URLSearchParams, locale: "pl" | "en" = "pl", user: SessionUser = f.hr) {
  const t = translatorFor(locale);
  const prepared = await prepareExport(user, params, "xlsx", { now: f.now, fileStem: t("exports.fileStem") });
  const chunks: Buffer[] = [];
  for await (const chunk of await exportStream(user, prepared, "xlsx", t, locale)) chunks.push(Buffer.from(chunk as Buffer));
  const bytes = Buffer.concat(chunks);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { prepared, workbook, bytes };
}

const query = (extra: Record<string, string> = {}) => {
  const params = new URLSearchParams({ preset: "custom", from: "2026-03-01", to: "2026-03-31", ...extra });
  params.append("loc", f.a.id);
  params.append("loc", f.b.id);
  return params;
};

const values = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);

describe("XLSX export", () => {
  it("has reports, decisions and summary sheets that read back to the stored values", async () => {
    const { workbook, prepared, bytes } = await exportXlsx(query());
    // Named in the reader's language, as its sheets are.
    expect(prepared.fileName).toBe("odmowy_2026-03-01_2026-03-31.xlsx");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Zgłoszenia", "Decyzje", "Podsumowanie"]);

    const reports = workbook.getWorksheet("Zgłoszenia")!;
    const header = values(reports.getRow(1)) as string[];
    expect(header).not.toContain("Opis klienta");
    expect(reports.rowCount).toBe(1 + 7);
    const rows = Array.from({ length: 7 }, (_, i) => values(reports.getRow(i + 2)));
    const byNumber = new Map(rows.map((row) => [row[0] as string, row]));
    const first = byNumber.get(f.reports.justified1.number)!;
    expect(first[header.indexOf("Przebieg zdarzenia")]).toBe("'=1+2 Żółć");
    expect(first[header.indexOf("Pracownik")]).toBe("Żaneta Głowacka");
    expect(first[header.indexOf("Placówka")]).toBe("Warszawa – Łódzka 1");
    // Date cells hold the Warsaw wall-clock time: 11:00 UTC is 12:00 in March (winter time).
    expect((first[header.indexOf("Data zgłoszenia")] as Date).toISOString()).toBe(wallClock(f.reports.justified1.createdAt).toISOString());
    expect((first[header.indexOf("Data zgłoszenia")] as Date).toISOString()).toBe("2026-03-02T12:00:00.000Z");
    // Shown as a Polish reader writes a date; an English reader's file is day first too (below).
    expect(reports.getRow(2).getCell(header.indexOf("Data zgłoszenia") + 1).numFmt).toBe("dd.mm.yyyy hh:mm");
    expect(first[header.indexOf("Godziny do decyzji")]).toBe(2);
    // A report with no aggression kinds has a blank cell there, not an empty text that Excel's COUNTA
    // counts (exceljs reads both back the same, so the sheet's XML is read).
    expect(rows.map((row) => row[header.indexOf("Rodzaje agresji")])).toContain(undefined);
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toContain("<c r=");
    expect(sheetXml).not.toMatch(/<v><\/v>|<is><t><\/t><\/is>/);

    const decisions = workbook.getWorksheet("Decyzje")!;
    expect(decisions.rowCount).toBe(2);
    const decision = values(decisions.getRow(2));
    expect(decision[0]).toBe(f.reports.justified1.number);
    expect(decision[2]).toBe("Grzegorz Brzęczyszczykiewicz");
    expect(decision[6]).toBe("'@Uzasadnione – klient groził");
    expect(decision[7]).toBe("Szkolenie z zasad odmowy");

    const summary = workbook.getWorksheet("Podsumowanie")!;
    const pairs = Object.fromEntries(Array.from({ length: summary.rowCount - 1 }, (_, i) => values(summary.getRow(i + 2))));
    expect(pairs).toMatchObject({ Okres: "2026-03-01 – 2026-03-31", Zgłoszenia: 7, Rozstrzygnięte: 4, "Odsetek uzasadnionych (%)": 50 });
  });

  it("shows an English reader's dates day first on a 24-hour clock", async () => {
    const { workbook } = await exportXlsx(query(), "en");
    const reports = workbook.worksheets[0];
    const header = values(reports.getRow(1)) as string[];
    const filed = reports.getRow(2).getCell(header.indexOf("Filed at") + 1);
    expect(filed.value).toBeInstanceOf(Date);
    expect(filed.numFmt).toBe("dd/mm/yyyy hh:mm");
  });

  it("includes the customer description only on request, and audits every export with its filter and row count", async () => {
    const { workbook, prepared } = await exportXlsx(query({ customer: "1" }));
    const reports = workbook.getWorksheet("Zgłoszenia")!;
    const header = values(reports.getRow(1)) as string[];
    const column = header.indexOf("Opis klienta");
    expect(column).toBeGreaterThan(-1);
    const cells = Array.from({ length: 7 }, (_, i) => values(reports.getRow(i + 2))[column]);
    expect(cells).toContain("Kobieta w czerwonym płaszczu");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: f.hr.id, action: "export.xlsx" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ entityType: "export", entityId: prepared.fileName });
    expect(audit.data).toMatchObject({ rowCount: 7, includeCustomerDescription: true, from: "2026-03-01", to: "2026-03-31" });
    expect(String((audit.data as { filter: string }).filter)).toContain(f.a.id);
  });

  it("leaves the staff's follow-up off a supervisor's own report in their export, and keeps it in HR's", async () => {
    // Supervisors file too; their own report's page shows a decision as its reporter sees it.
    const shop = await createLocation();
    const supervisor = await createUser({ role: "SUPERVISOR", supervises: [shop.id], locations: [shop.id] });
    const colleague = await createUser({ role: "SUPERVISOR", supervises: [shop.id] });
    const own = await createReport(supervisor.id, shop.id, { createdAt: new Date("2026-03-12T10:00:00Z"), status: "NOT_JUSTIFIED" });
    await db.decision.create({
      data: {
        reportId: own.id,
        reviewerId: colleague.id,
        outcome: "NOT_JUSTIFIED",
        reasonCodeId: (await db.decisionReason.findFirstOrThrow({ where: { outcome: "NOT_JUSTIFIED" } })).id,
        rationale: "Odmowa bez podstawy.",
        followUpActions: ["TALK_WITH_EMPLOYEE"],
        followUpNote: "Rozmowa z kierownikiem regionu",
        createdAt: new Date("2026-03-12T12:00:00Z"),
      },
    });
    const params = new URLSearchParams({ preset: "custom", from: "2026-03-01", to: "2026-03-31", loc: shop.id });
    const decisionRow = async (user: SessionUser) => {
      const sheet = (await exportXlsx(params, "pl", user)).workbook.getWorksheet("Decyzje")!;
      expect(sheet.rowCount).toBe(2);
      return values(sheet.getRow(2));
    };
    const ownView = await decisionRow(await sessionFor(supervisor.id));
    expect(ownView).toContain("Odmowa bez podstawy.");
    expect(ownView).not.toContain("Rozmowa z kierownikiem regionu");
    expect(ownView.some((cell) => String(cell).includes("Rozmowa z pracownikiem"))).toBe(false);
    const hrView = await decisionRow(f.hr);
    expect(hrView).toContain("Rozmowa z kierownikiem regionu");
    expect(hrView.some((cell) => String(cell).includes("Rozmowa z pracownikiem"))).toBe(true);
  });

  it("refuses a supervisor another location's export and an invalid filter", async () => {
    await expect(prepareExport(f.supervisorA, query(), "csv", { now: f.now })).rejects.toMatchObject({ code: "forbidden" });
    await expect(prepareExport(f.hr, new URLSearchParams("preset=custom&from=2026-03-05"), "csv")).rejects.toMatchObject({ code: "validation" });
    await expect(prepareExport(f.hr, new URLSearchParams("preset=thisMonth&bogus=1"), "csv")).rejects.toMatchObject({ code: "validation" });
    const employee = await sessionFor(f.employee.id);
    const prepared = await prepareExport(employee, new URLSearchParams("preset=thisYear"), "csv");
    expect(prepared.rowCount).toBe(0);
  });
});
