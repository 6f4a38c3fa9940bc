// Builds a PrismaClient over the pg driver adapter. Shared by the app
// (lib/db/client.ts, with pool settings from lib/env) and by Node scripts and
// tests, which run outside Next.js and so cannot import server-only modules.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";

export function createPrismaClient(connectionString: string, pool: PoolConfig = {}): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionTimeoutMillis: 5000, max: 5, ...pool, connectionString }),
  });
}
