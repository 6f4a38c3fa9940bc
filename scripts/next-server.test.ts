import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_OPTIONS, nextServerEnv } from "./next-server";

describe("nextServerEnv", () => {
  it("adds the server's Node.js options after the ones already set", () => {
    expect(nextServerEnv({ PORT: "3000" })).toEqual({ PORT: "3000", NODE_OPTIONS: "--max-semi-space-size=64" });
    expect(nextServerEnv({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe("--enable-source-maps --max-semi-space-size=64");
  });

  it("keeps an operator's own young-generation size", () => {
    expect(nextServerEnv({ NODE_OPTIONS: "--max-semi-space-size=32" }).NODE_OPTIONS).toBe("--max-semi-space-size=32");
  });

  it("passes options Node.js accepts in NODE_OPTIONS (it refuses to start on one it does not)", () => {
    const run = spawnSync(process.execPath, ["-e", "process.stdout.write('up')"], { env: nextServerEnv({ ...process.env, NODE_OPTIONS: undefined }), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("up");
    expect(SERVER_NODE_OPTIONS.length).toBeGreaterThan(0);
  });
});
