import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./prisma-node";

// One PrismaClient per process, kept on globalThis so dev reloads reuse it,
// and created on first use so `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const config = env();
    globalForPrisma.prisma = createPrismaClient(config.DATABASE_URL, {
      max: config.DB_POOL_MAX,
      // A slow or down database must answer in seconds, never hang a request.
      connectionTimeoutMillis: config.DB_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      statement_timeout: config.DB_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 10_000,
    }, { maxWait: config.DB_TX_MAX_WAIT_MS, timeout: config.DB_STATEMENT_TIMEOUT_MS }, {
      preparedStatements: config.DB_PREPARED_STATEMENTS,
    });
  }
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
