// Conventions that keep authorization in one place (docs/ARCHITECTURE.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const relative = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(path.join(ROOT, relative)).isDirectory()) return filesUnder(relative, pattern);
    return pattern.test(name) ? [relative] : [];
  });
}

const source = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("conventions", () => {
  it("every \"use server\" file exports only actions built by guardedAction or publicAction", () => {
    const files = [...filesUnder("lib", /\.tsx?$/), ...filesUnder("app", /\.tsx?$/)].filter((file) =>
      /^\s*["']use server["']/.test(source(file)),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = source(file);
      const exported = [...text.matchAll(/^export\s+(?:async\s+)?(const|function|let|var|class)\s+(\w+)(.*)$/gm)];
      for (const [, kind, name, rest] of exported) {
        expect.soft(kind, `${file}: ${name} must be a const built by guardedAction/publicAction`).toBe("const");
        expect.soft(rest, `${file}: ${name} is not built by guardedAction/publicAction`).toMatch(/=\s*(guardedAction|publicAction)\(/);
      }
      expect.soft(text, `${file}: no default export in a "use server" file`).not.toMatch(/export\s+default/);
    }
  });

  it("every page behind sign-in calls the guard", () => {
    const pages = filesUnder("app/(app)", /^page\.tsx$/);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect.soft(source(page), `${page} must call requireUser(...)`).toMatch(/requireUser\(/);
    }
  });

  it("every page that shows something names itself in the tab (generateMetadata)", () => {
    // The start page only redirects; the rest set their title (lib/i18n/metadata.ts).
    const pages = filesUnder("app", /^page\.tsx$/).filter((page) => page !== "app/page.tsx");
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      expect.soft(source(page), `${page} must export generateMetadata`).toMatch(/^export (const|async function) generateMetadata\b/m);
    }
  });

  it("every route handler goes through guardedRoute or is on the public list", () => {
    const PUBLIC = new Set(["app/api/health/route.ts", "app/api/auth/[...nextauth]/route.ts"]);
    const routes = filesUnder("app", /^route\.ts$/).filter((route) => !PUBLIC.has(route));
    // A moved app directory or a changed file pattern would otherwise check nothing.
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect.soft(source(route), `${route} must use guardedRoute(...)`).toMatch(/guardedRoute\(/);
    }
  });

  it("modules that touch the database or the session import server-only", () => {
    const modules = filesUnder("lib", /\.tsx?$/).filter(
      (file) => !file.endsWith(".test.ts") && /from "@\/lib\/(db\/client|auth\/session)"/.test(source(file)),
    );
    expect(modules.length).toBeGreaterThan(3);
    for (const file of modules) {
      const text = source(file);
      if (/^\s*["']use server["']/.test(text)) continue;
      expect.soft(text, `${file} must import "server-only"`).toMatch(/^import "server-only";/m);
    }
  });

  it("only lib/env.ts reads process.env in app code", () => {
    const offenders = [...filesUnder("lib", /\.tsx?$/), ...filesUnder("app", /\.tsx?$/), ...filesUnder("components", /\.tsx?$/)]
      .filter((file) => !file.endsWith(".test.ts"))
      .filter((file) => !["lib/env.ts", "lib/startup-check.ts", "lib/db/connection.ts"].includes(file))
      .filter((file) => /process\.env\b/.test(source(file)));
    expect(offenders).toEqual([]);
  });
});
