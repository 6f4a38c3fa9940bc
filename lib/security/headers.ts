// The pages' Content-Security-Policy, set by proxy.ts. It uses a per-request
// nonce that Next.js puts on its own scripts (it reads it from the request's
// CSP header). The static security headers, and the API routes' CSP, are in
// next.config.js.
export function contentSecurityPolicy(nonce: string, { dev, https }: { dev: boolean; https: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Chart libraries position elements with style attributes, not <style> tags.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
