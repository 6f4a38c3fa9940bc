import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OUTBOX_EVENT_TYPES } from "@/lib/outbox/enqueue";

// The audit log names each event in the reader's language
// (messages/*/admin.json, audit.actions), as the jobs page names the outbox's
// events (messages/*/notifications.json, jobs.events). Every code the app records is
// found here in its source, where it is written (`action: "…"` in
// recordAudit calls, `audit: "…"` in the lifecycle's transitions), so a new
// one cannot reach the log without a name.
const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

function recordedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(ROOT)) {
    for (const [, expression] of readFileSync(file, "utf8").matchAll(/\b(?:action|audit):\s*([^\n]+)/g)) {
      for (const [, code] of expression.matchAll(/["'`]([a-z_]+(?:\.[a-z_]+)+)(\$\{format\})?["'`]/g)) codes.add(code);
      // The exports record `export.${format}`, one per format.
      if (expression.includes("`export.${format}`")) ["export.csv", "export.xlsx"].forEach((code) => codes.add(code));
    }
  }
  return [...codes].sort();
}

const labelOf = (catalogue: Record<string, unknown>, code: string) =>
  code.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogue);

describe("audit event names", () => {
  it("has every recorded event named in both languages", () => {
    const codes = recordedCodes();
    // The scan finds the codes where they are written (a sample of each kind).
    expect(codes).toEqual(expect.arrayContaining(["report.decided", "admin.user.deactivated", "auth.sso.role_kept", "export.xlsx", "retention.applied"]));
    for (const locale of ["pl", "en"]) {
      const actions = JSON.parse(readFileSync(path.resolve(ROOT, "..", "messages", locale, "admin.json"), "utf8")).audit.actions;
      const unnamed = codes.filter((code) => typeof labelOf(actions, code) !== "string");
      expect(unnamed, locale).toEqual([]);
    }
  });

  it("has every recorded reason (`why`) in the details named in both languages", () => {
    const whys = new Set(sourceFiles(ROOT).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bwhy:\s*"([a-z_]+)"/g)].map(([, code]) => code)));
    expect([...whys]).toEqual(expect.arrayContaining(["last_admin", "holder_cannot_review"]));
    for (const locale of ["pl", "en"]) {
      const labels = JSON.parse(readFileSync(path.resolve(ROOT, "..", "messages", locale, "admin.json"), "utf8")).audit.values.why;
      expect([...whys].filter((code) => typeof labels?.[code] !== "string"), locale).toEqual([]);
    }
  });

  it("has every outbox event named in both languages, for the jobs page", () => {
    for (const locale of ["pl", "en"]) {
      const events = JSON.parse(readFileSync(path.resolve(ROOT, "..", "messages", locale, "notifications.json"), "utf8")).jobs.events;
      expect(OUTBOX_EVENT_TYPES.filter((type) => typeof labelOf(events, type) !== "string"), locale).toEqual([]);
    }
  });
});
