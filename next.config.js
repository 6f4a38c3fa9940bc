import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Security headers every response gets, pages and API routes alike. The
// pages' Content-Security-Policy needs a nonce per request and comes from
// proxy.ts; these are the same for every request, so the router adds them
// without running any code of ours.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` and the benchmarks build elsewhere (scripts/next-server.ts, CHECK_BUILD_DIR),
  // type-checked against their own route types only (tsconfig.check.json).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typescript: { tsconfigPath: process.env.NEXT_DIST_DIR ? "tsconfig.check.json" : "tsconfig.json" },
  poweredByHeader: false,
  headers: () => [
    { source: "/:path*", headers: securityHeaders },
    // Served over HTTPS (the TLS-terminating proxy in front says so): browsers
    // keep to HTTPS for a year. Never over plain HTTP, where it would be ignored
    // anyway and a local `npm start` must keep working.
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
    },
    // The API routes the proxy skips (see its matcher) answer data, never a
    // page: nothing in a response may load, run or be framed, and an evidence
    // file opened in the browser is sandboxed. A route's own header of the
    // same name is dropped (Next.js sends the one already set), so this
    // policy is also the evidence download's.
    {
      source: "/api/:path((?!auth/).*)",
      headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }],
    },
  ],
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "sharp"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
