import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError, HTTP_STATUS, isDatabaseUnavailable, type AppErrorCode } from "@/lib/errors";
import { assertSameOrigin, isSafeMethod, isStartedByAnotherSite } from "@/lib/security/same-origin";
import { backPathOf, isNavigation, problemCodeOf } from "./problem";
import { requireActor, type SessionUser } from "./guard";
import type { Permission } from "./permissions";

type Handler<Ctx> = (request: NextRequest, user: SessionUser, context: Ctx) => Promise<Response>;

/**
 * The guard for route handlers: same rules as pages and actions, JSON errors.
 * A method that may change state (anything but GET/HEAD/OPTIONS) must come
 * from our own origin, checked before the session is even looked at. With
 * `notFromOtherSites`, a GET that acts too (an export, which is audited as
 * the person's) is refused when another site started it: a link there must
 * not make a signed-in browser download personal data in its name.
 */
export function guardedRoute<Ctx = unknown>(permission: Permission | null, handler: Handler<Ctx>, { notFromOtherSites = false } = {}) {
  return async (request: NextRequest, context: Ctx): Promise<Response> => {
    try {
      if (!isSafeMethod(request.method)) assertSameOrigin(request, env().NEXTAUTH_URL);
      else if (notFromOtherSites && isStartedByAnotherSite(request, env().NEXTAUTH_URL)) throw new AppError("forbidden", "Started by another site; open it from Refusal Desk.");
      const user = await requireActor(permission ?? undefined);
      return await handler(request, user, context);
    } catch (error) {
      return isNavigation(request) ? navigationErrorResponse(request, error) : errorResponse(error);
    }
  };
}

/**
 * The same failure for a URL the browser opened as a page (see
 * lib/auth/problem.ts): signed out, to sign-in and back; otherwise to the
 * problem page, which links back to where the person was. A redirect after
 * POST too (303), so the browser shows the page with a GET.
 */
function navigationErrorResponse(request: NextRequest, error: unknown): Response {
  const publicOrigin = env().NEXTAUTH_URL;
  const back = backPathOf(request, publicOrigin);
  const code = failureCode(error);
  const target =
    code === "unauthenticated"
      ? `/signin?callbackUrl=${encodeURIComponent(request.method === "GET" ? `${request.nextUrl.pathname}${request.nextUrl.search}` : back)}`
      : `/problem?${new URLSearchParams({ code: problemCodeOf(code), back })}`;
  return NextResponse.redirect(new URL(target, publicOrigin ?? request.url), 303);
}

/** An expected failure's code, "unavailable" for a database that cannot be reached, null (logged here) for anything else. */
function failureCode(error: unknown): AppErrorCode | null {
  if (error instanceof AppError) return error.code;
  if (isDatabaseUnavailable(error)) return "unavailable";
  console.error("[route] unexpected error", error);
  return null;
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details },
      { status: HTTP_STATUS[error.code] },
    );
  }
  return failureCode(error) === "unavailable"
    ? NextResponse.json({ error: "unavailable", message: "Database unavailable" }, { status: 503 })
    : NextResponse.json({ error: "unexpected", message: "Unexpected error" }, { status: 500 });
}
