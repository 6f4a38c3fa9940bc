import type { CookiesOptions } from "next-auth";

type CookieName = keyof CookiesOptions;
const NAMES: Record<CookieName, string> = {
  sessionToken: "next-auth.session-token",
  callbackUrl: "next-auth.callback-url",
  csrfToken: "next-auth.csrf-token",
  pkceCodeVerifier: "next-auth.pkce.code_verifier",
  state: "next-auth.state",
  nonce: "next-auth.nonce",
};
const SHORT_LIVED = new Set<CookieName>(["pkceCodeVerifier", "state", "nonce"]);

/** Under HTTPS every cookie is host-only with the __Host- prefix. */
const cookieName = (key: CookieName, https: boolean) => `${https ? "__Host-" : ""}${NAMES[key]}`;

/** The name of the cookie that holds the session token (what the guard reads on every request). */
export const sessionCookieName = (https: boolean) => cookieName("sessionToken", https);

/**
 * next-auth's cookies, all HttpOnly and SameSite=Lax. Under HTTPS every one
 * is Secure with the __Host- prefix (host-only, path /, never over plain
 * HTTP), stricter than next-auth's default __Secure- for most of them.
 */
export function authCookies(https: boolean): CookiesOptions {
  return Object.fromEntries(
    (Object.keys(NAMES) as CookieName[]).map((key) => [
      key,
      {
        name: cookieName(key, https),
        options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: https, ...(SHORT_LIVED.has(key) ? { maxAge: 900 } : {}) },
      },
    ]),
  ) as unknown as CookiesOptions;
}

export function isHttpsUrl(url: string | undefined): boolean {
  return Boolean(url?.startsWith("https://"));
}
