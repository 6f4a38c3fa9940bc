// Messages for Client Components, formatted on the server and passed as props.
// A page whose client components take their text this way ships no next-intl
// client code (its runtime with intl-messageformat is ~12 kB gzip; issue 8,
// benchmark P5). Pages that still render next-intl client components wrap them
// in <NextIntlClientProvider> in their own layout.
import "server-only";
import { getTranslations } from "next-intl/server";

interface Translator {
  (key: string, values?: Record<string, string>): string;
  raw(key: string): unknown;
}

// "{name}" (simple) or "{name," (plural, select, number…).
const ARGUMENT = /\{\s*(\w+)\s*([,}])/g;

/**
 * The messages under `path`, each formatted by `t`. A simple argument stays as
 * "{name}" for fill() in the browser. Plural and select messages need their
 * value to be formatted, so they are left out: format them on the server for
 * each value the client may need.
 */
export function formatForClient<T>(t: Translator, path: string): T {
  const walk = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((child, index) => walk(child, `${key}.${index}`));
    if (node && typeof node === "object") {
      const entries = Object.entries(node).map(([name, child]) => [name, walk(child, `${key}.${name}`)] as const);
      return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
    }
    if (typeof node !== "string") return undefined;
    const args = [...node.matchAll(ARGUMENT)];
    if (args.some(([, , end]) => end === ",")) return undefined;
    return t(key, Object.fromEntries(args.map(([, name]) => [name, `{${name}}`])));
  };
  return walk(t.raw(path), path) as T;
}

/** formatForClient() for the current request's locale. */
export async function clientMessages<T>(path: string): Promise<T> {
  return formatForClient<T>((await getTranslations()) as unknown as Translator, path);
}
