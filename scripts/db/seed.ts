// npm run db:seed: the demo company, into DATABASE_URL (or the embedded database).
// Safe to run twice: a database that already has it is left unchanged.
import { connectDatabase } from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { createPrismaClient } from "../../lib/db/prisma-node.ts";
import { seedDemo } from "../../prisma/seed/demo.ts";

const database = await connectDatabase();
const prisma = createPrismaClient(database.url);
try {
  await applyMigrations(database.url);
  const { created, accounts } = await seedDemo(prisma);
  console.log(created ? "Demo company seeded." : "Demo company already present: nothing changed.");
  for (const account of accounts) console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(36)} ${account.password}`);
} catch (error) {
  console.error(`refusal-desk: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.embedded?.stop();
}
