import { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";
import { localPagePath } from "@/lib/security/local-path";
import { isOurOrigin } from "@/lib/security/same-origin";

// A route handler opened by the browser itself (an export download, an
// evidence link, the personal-data form) that fails would show its JSON error
// as the page. Such a request is sent to /problem instead, which says what
// happened in the person's language, with a way back (lib/auth/route.ts).

export const PROBLEM_CODES = ["validation", "forbidden", "not_found", "unavailable", "rate_limited", "error"] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The page's message for a failure's code; anything without its own is "something went wrong". */
export function problemCodeOf(code: AppErrorCode | null): ProblemCode {
  return code && (PROBLEM_CODES as readonly string[]).includes(code) ? (code as ProblemCode) : "error";
}

/**
 * A page of this site to go back to (lib/security/local-path.ts); anything
 * else is the start page. Not an API route: "Go back" to an export would be
 * a click on our own page, which the exports' cross-site check lets through.
 */
export function safeBackPath(value: unknown): string {
  return localPagePath(value) ?? "/";
}

export const problemParamsSchema = z.object({
  code: z.enum(PROBLEM_CODES).catch("error"),
  back: z.unknown().optional().transform(safeBackPath),
});

/** Whether the browser opened this URL as a page (a link, a form), not a script's fetch. */
export function isNavigation(request: Request): boolean {
  return request.headers.get("sec-fetch-mode") === "navigate" || request.headers.get("sec-fetch-dest") === "document";
}

/** Where the person came from, when it is a page of this site ("/" otherwise). */
export function backPathOf(request: Request, publicOrigin?: string): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const from = new URL(referer);
    return isOurOrigin(from.origin, request, publicOrigin) ? safeBackPath(`${from.pathname}${from.search}`) : "/";
  } catch {
    return "/";
  }
}
