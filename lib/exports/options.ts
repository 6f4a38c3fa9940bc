import { z } from "zod";
import { FILTER_KEYS } from "@/lib/dashboard/filters";

// Export options ride in the same URL as the filter; the filter's keys are
// validated by the filter schema, these by this one.
export const EXPORT_OPTION_KEYS = ["sep", "customer"] as const;

export const exportOptionsSchema = z
  .object({
    sep: z.enum(["comma", "semicolon"]).default("comma"),
    /** The customer description is personal data: out unless asked for, and the asking is audited. */
    customer: z.enum(["0", "1"]).default("0").transform((value) => value === "1"),
  })
  .strict();

export type ExportOptions = z.output<typeof exportOptionsSchema>;

export function parseExportOptions(params: URLSearchParams) {
  const unknown = [...params.keys()].filter(
    (key) => !(FILTER_KEYS as readonly string[]).includes(key) && !(EXPORT_OPTION_KEYS as readonly string[]).includes(key),
  );
  const picked: Record<string, string> = {};
  for (const key of EXPORT_OPTION_KEYS) {
    const value = params.get(key);
    if (value !== null) picked[key] = value;
  }
  for (const key of unknown) picked[key] = params.get(key)!;
  return exportOptionsSchema.safeParse(picked);
}
