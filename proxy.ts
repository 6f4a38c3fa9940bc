import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";

/**
 * Whether the path has a percent-escape that is not UTF-8 (`/reports/%E0%A4%A`).
 * Next.js answers such a path with its own bare 500, failing to decode the
 * route's parameter after this proxy and before any code of ours (its issue
 * #92527); no route of ours names such a path, so it is answered as not found.
 */
function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

// Runs before every page: a fresh CSP nonce and the requested path (so a
// signed-out visitor returns there after sign-in). The static security
// headers come from next.config.js, for every response.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    if (hasMalformedEscape(pathname)) return NextResponse.json({ error: "not_found", message: "Not found" }, { status: 404 });
    // Any other API route here came only for that check (a % in its path):
    // untouched, it keeps its static CSP (an evidence file's sandbox), which
    // a page's nonce CSP set below would replace.
    if (!pathname.startsWith("/api/auth/")) return NextResponse.next();
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-request-path", pathname + request.nextUrl.search);

  // The not-found page, in the reader's language, from a path no route matches.
  const response = hasMalformedEscape(pathname)
    ? NextResponse.rewrite(new URL("/not-found", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Not the API routes, but next-auth's among them (api/auth/...). They need
  // no nonce and no return path, and running the proxy cost each request about
  // a millisecond of CPU: a quarter of a filing's (README, Performance). Their
  // CSP is a static one (next.config.js), and each reads its body through
  // lib/security/request-body.ts, since the proxy's buffering (10 MB at most)
  // no longer caps it. next-auth reads its own bodies, so its routes keep it.
  // An API path with a percent sign comes here too, for the check above.
  matcher: [{ source: "/((?!api/(?!auth/)|_next/static|_next/image|favicon.ico).*)" }, { source: "/api/:path(.*%.*)" }],
};
