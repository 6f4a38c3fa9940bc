import { defineConfig } from "prisma/config";

// Only the CLI reads this file. The running app connects through the pg driver
// adapter in lib/db, and migrations are applied by scripts/db/migrate.ts, so a
// missing DATABASE_URL must not stop `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/refusal_desk" },
});
