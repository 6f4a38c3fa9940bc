const PROBE_ORIGIN = "http://local-path.invalid";

/**
 * A path on this site from untrusted input (a sign-in's callbackUrl, the
 * problem page's `back`), or undefined. The check is on the path as it will
 * be followed: the URL parser drops tabs and newlines, reads "\" as "/" and
 * resolves dot segments, so "/.//evil.example" becomes "//evil.example", a
 * link to another site. The result is read once more, as the browser will.
 */
export function localPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/")) return undefined;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    if (url.origin !== PROBE_ORIGIN) return undefined;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page of this site to send a person to (after sign-in, or back from the
 * problem page): a local path, but never an API route, whose GET may act (an
 * export, audited in their name), nor sign-in itself.
 */
export function localPagePath(value: unknown): string | undefined {
  const path = localPath(value);
  return path && !path.startsWith("/api/") && !path.startsWith("/signin") ? path : undefined;
}
