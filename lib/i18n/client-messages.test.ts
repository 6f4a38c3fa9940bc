import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import pl from "@/messages/pl";
import { formatForClient } from "./client-messages";
import { fill } from "./fill";

const messages = {
  form: {
    plain: "It's ready",
    quoted: "Use '{braces}' as is",
    counter: "{count} / {max} characters",
    files: "{count, plural, one {# file} other {# files}}",
    nested: { list: ["first", "second {name}"] },
  },
};

function translator(locale: string, source: Record<string, unknown>) {
  return createTranslator({ locale, messages: source }) as unknown as Parameters<typeof formatForClient>[0];
}

describe("messages for client components", () => {
  it("formats plain messages, keeps simple arguments for fill() and leaves out plurals", () => {
    const form = formatForClient<Record<string, unknown>>(translator("en", messages), "form");
    expect(form).toEqual({
      plain: "It's ready",
      quoted: "Use {braces} as is",
      counter: "{count} / {max} characters",
      nested: { list: ["first", "second {name}"] },
    });
    expect(fill(form.counter as string, { count: 1234, max: 2000 })).toBe("1234 / 2000 characters");
  });

  it("fills in values as next-intl would, in each language", () => {
    for (const [locale, source] of [["pl", pl], ["en", en]] as const) {
      const t = createTranslator({ locale, messages: source });
      const form = formatForClient<{ counter: string; removeFile: string }>(translator(locale, source), "reports.form");
      expect(fill(form.counter, { count: 1500, max: 2000 })).toBe(t("reports.form.counter", { count: 1500, max: 2000 }));
      expect(fill(form.removeFile, { name: "a.jpg" })).toBe(t("reports.form.removeFile", { name: "a.jpg" }));
    }
  });

  it("leaves unknown placeholders alone", () => {
    expect(fill("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });
});
