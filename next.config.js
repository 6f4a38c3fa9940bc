import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and wasm packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "sharp"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // Request bodies pass through proxy.ts, which cuts them at 10 MB by default:
    // an evidence file may be 10 MB plus its multipart envelope.
    proxyClientMaxBodySize: "11mb",
  },
};

export default withNextIntl(nextConfig);
