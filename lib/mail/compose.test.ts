import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { composeMail } from "./compose";

const base = { to: "kasia@firma.example", number: "R-2026-000123", category: "LACK_OF_AUTHORITY", locationName: "Gdańsk – Długa 45" } as const;

describe("notification mail", () => {
  it("has a subject and text for every kind in both languages, with number, category, location and the right link", () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const [locale, category] of [["pl", "Brak uprawnień"], ["en", "Lack of authority"]] as const) {
        const mail = composeMail({ ...base, kind, locale, role: "SUPERVISOR" }, "https://desk.example/");
        expect(mail.subject, `${kind}/${locale}`).toContain(base.number);
        expect(mail.subject).not.toMatch(/notifications\.|mail\.subject/);
        expect(mail.text, `${kind}/${locale}`).toContain(category);
        expect(mail.text).toContain(base.number);
        expect(mail.text).toMatch(/https:\/\/desk\.example\/(reports|review)\/R-2026-000123/);
        expect(mail.text).toContain("https://desk.example/notifications/preferences");
      }
    }
  });

  it("speaks Polish when the person chose no language, and links employees to their own report page", () => {
    const mail = composeMail({ ...base, kind: "report_decided", locale: null, role: "EMPLOYEE" }, "https://desk.example");
    expect(mail.subject).toBe("Decyzja w sprawie zgłoszenia R-2026-000123");
    expect(mail.text).toContain("https://desk.example/reports/R-2026-000123");
    const hr = composeMail({ ...base, kind: "report_overdue", locale: "en", role: "HR" }, "https://desk.example");
    expect(hr.text).toContain("at Gdańsk – Długa 45 has waited for a decision longer than the review deadline");
    expect(hr.text).toContain("https://desk.example/reports/R-2026-000123");
    const supervisor = composeMail({ ...base, kind: "report_submitted", locale: "en", role: "SUPERVISOR" }, "https://desk.example");
    expect(supervisor.text).toContain("https://desk.example/review/R-2026-000123");
  });
});
