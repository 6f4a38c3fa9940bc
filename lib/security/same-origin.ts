import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * CSRF defence for route handlers that change state (Next.js checks the
 * origin of Server Actions only). A browser says where a request comes from:
 * Sec-Fetch-Site must then be same-origin and Origin must be this site. A
 * request with neither header is not from a browser (API clients, the
 * benchmark), so it cannot be a forged cross-site request; and the session
 * cookie is SameSite=Lax, which browsers do not send on a cross-site POST,
 * as a second layer. `publicOrigin` is NEXTAUTH_URL's origin, for deployments
 * behind a proxy where the request URL carries an internal host.
 */
export function isSameOrigin(request: Request, publicOrigin?: string): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  return isOurOrigin(origin, request, publicOrigin);
}

/** Whether `origin` is this site's: the request URL's, or NEXTAUTH_URL's behind a proxy. */
export function isOurOrigin(origin: string, request: Request, publicOrigin?: string): boolean {
  return origin === new URL(request.url).origin || (publicOrigin !== undefined && origin === new URL(publicOrigin).origin);
}

/**
 * Whether the browser says another site started this request (a link, a
 * redirect or a script there). A URL typed, bookmarked or opened from our own
 * pages says "none" or "same-origin"; a client that is not a browser says
 * nothing. A browser too old for Sec-Fetch-Site is judged by its Referer,
 * when it sends one.
 */
export function isStartedByAnotherSite(request: Request, publicOrigin?: string): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "cross-site" || site === "same-site";
  const referer = request.headers.get("referer");
  if (!referer) return false;
  try {
    return !isOurOrigin(new URL(referer).origin, request, publicOrigin);
  } catch {
    return true;
  }
}

export function assertSameOrigin(request: Request, publicOrigin?: string): void {
  if (!isSameOrigin(request, publicOrigin)) throw new AppError("forbidden", "Cross-site request refused.");
}
