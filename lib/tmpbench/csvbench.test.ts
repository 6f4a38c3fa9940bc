import { it } from "vitest";
import { reportColumns } from "@/lib/exports/columns";
import { csvStream } from "@/lib/exports/csv";
import { translatorFor } from "@/lib/exports/test-translator";

it("csv js cost", async () => {
  async function* rows() {
    for (let i = 0; i < 100000; i++) yield {
      id: "x", number: "R-2026-" + i, createdAt: new Date(), occurredAt: new Date(), locationCode: "WAW-01", locationName: "Warszawa", reporterName: "Anna Kowalska",
      category: "AGGRESSIVE_BEHAVIOUR", aggressionKinds: ["SWEARING"], otherCategoryText: null, status: "SUBMITTED", firstDecidedAt: new Date(),
      narrative: "Klient krzyczał, żądał zwrotu i groził złą opinią. ".repeat(5), customerRequest: "Zwrot", reasonsExplained: true, alternativeOffered: false,
      alternativeDescription: null, securityCalled: false, policeCalled: false, injury: false, damage: false, riskBadReview: false, riskLostCustomer: false, legalRisk: "NONE", customerDescription: null,
    } as any;
  }
  const t0 = Date.now();
  let bytes = 0;
  for await (const chunk of csvStream(rows(), reportColumns(translatorFor("pl")))) bytes += (chunk as Buffer).length;
  console.log("100k rows js-only ms", Date.now() - t0, bytes);
}, 120000);
