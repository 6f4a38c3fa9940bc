import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";

// Runs before every page: a fresh CSP nonce and the requested path (so a
// signed-out visitor returns there after sign-in). The static security
// headers come from next.config.js, for every response.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
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
  matcher: [{ source: "/((?!api/(?!auth/)|_next/static|_next/image|favicon.ico).*)" }],
};
