// npm run db:migrate: apply pending migrations to DATABASE_URL (or the embedded database).
import { connectDatabase } from "../../lib/db/connection.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";

const database = await connectDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  console.error(`refusal-desk: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.embedded?.stop();
}
