// Builds a PrismaClient over the pg driver adapter. Shared by the app
// (lib/db/client.ts, with pool settings from lib/env) and by Node scripts and
// tests, which run outside Next.js and so cannot import server-only modules.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { preparedStatementName } from "./prepared.ts";

export interface TransactionDefaults {
  /** How long a transaction may wait for a pooled connection. */
  maxWait: number;
  /** How long an interactive transaction may run. */
  timeout: number;
}

// Prisma's defaults (2 s wait, 5 s run) turn a busy minute into errors when
// many people act at once; every transaction of the process gets these.
const DEFAULT_TRANSACTIONS: TransactionDefaults = { maxWait: 10_000, timeout: 15_000 };

export function createPrismaClient(
  connectionString: string,
  pool: PoolConfig = {},
  transactions: TransactionDefaults = DEFAULT_TRANSACTIONS,
  { preparedStatements = true }: { preparedStatements?: boolean } = {},
): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionTimeoutMillis: 5000, max: 5, ...pool, connectionString },
      // Off only behind a pooler that cannot keep them (DB_PREPARED_STATEMENTS).
      preparedStatements ? { statementNameGenerator: (query) => preparedStatementName(query.sql) } : {},
    ),
    transactionOptions: transactions,
  });
}
