/** Only same-site relative paths are followed after sign-in (no open redirect). */
export function safeCallbackPath(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, "http://internal.invalid");
    if (url.origin !== "http://internal.invalid") return undefined;
    if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/signin")) return undefined;
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}
