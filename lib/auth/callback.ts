import { localPath } from "@/lib/security/local-path";

/** Only same-site paths are followed after sign-in (no open redirect), and never back to sign-in or an API route. */
export function safeCallbackPath(value: string | undefined | null): string | undefined {
  const path = localPath(value);
  if (!path || path.startsWith("/api/") || path.startsWith("/signin")) return undefined;
  return path;
}
