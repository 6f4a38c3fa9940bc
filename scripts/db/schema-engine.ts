// Prisma's schema engine compiled to WebAssembly: the native engine cannot be
// downloaded on machines without internet beyond the npm registry, so we drive
// the same engine through its wasm build. Needs node --experimental-wasm-modules.
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";

const noFilters = { externalTables: [], externalEnums: [] };

export type SchemaSource = { kind: "empty" } | { kind: "datamodel"; path: string; content: string };

function toTarget(source: SchemaSource) {
  return source.kind === "empty"
    ? { tag: "empty" as const }
    : { tag: "schemaDatamodel" as const, files: [{ path: source.path, content: source.content }] };
}

/** The SQL that turns a database shaped like `from` into one shaped like `to`. */
export async function diffScript(from: SchemaSource, to: SchemaSource, connectionString: string): Promise<string> {
  const datamodel = to.kind === "datamodel" ? to : from;
  const datamodels: [string, string][] =
    datamodel.kind === "datamodel" ? [[datamodel.path, datamodel.content]] : [];
  // The engine wants a reachable database even for a pure text diff.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const engine = await SchemaEngine.new({ datamodels } as never, () => {}, adapter as never);
  let output = "";
  const originalWrite = process.stdout.write.bind(process.stdout);
  // The wasm engine prints the script to stdout instead of returning it.
  process.stdout.write = ((chunk: string | Uint8Array) => {
    output += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }) as typeof process.stdout.write;
  try {
    const result = await engine.diff({
      from: toTarget(from),
      to: toTarget(to),
      script: true,
      exitCode: null,
      filters: noFilters,
    } as never);
    return (result as { stdout: string | null }).stdout ?? output;
  } finally {
    process.stdout.write = originalWrite;
    engine.free();
  }
}
