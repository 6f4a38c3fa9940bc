// Prints the SQL that creates, from nothing, the database prisma/schema.prisma
// describes. Used by the drift test, which runs it in a child process because
// the wasm schema engine needs `node --experimental-wasm-modules`.
// Usage: node --experimental-wasm-modules --import tsx scripts/db/schema-sql.ts <database-url>
import { readFileSync } from "node:fs";
import path from "node:path";
import { diffScript } from "./schema-engine.ts";

const url = process.argv[2];
if (!url) {
  console.error("Usage: schema-sql.ts <database-url>");
  process.exit(1);
}
const schemaPath = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");
const sql = await diffScript(
  { kind: "empty" },
  { kind: "datamodel", path: "schema.prisma", content: readFileSync(schemaPath, "utf8") },
  url,
);
process.stdout.write(sql);
