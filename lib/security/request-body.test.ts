import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBodyUpTo, readFormDataUpTo, readJsonUpTo } from "./request-body";

/** A chunked body (no Content-Length) of `chunks` chunks of `size` bytes, counting how many were pulled. */
function streamed(chunks: number, size: number) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  }, { highWaterMark: 0 });
  const request = new Request("http://localhost/api/reports", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/api/reports", { method: "POST", body, headers });

describe("reading a request body up to a limit", () => {
  it("returns a body up to the limit, to the byte", async () => {
    expect((await readBodyUpTo(post("x".repeat(100)), 100)).toString()).toBe("x".repeat(100));
    const { request } = streamed(4, 25);
    expect((await readBodyUpTo(request, 100)).length).toBe(100);
    expect((await readBodyUpTo(new Request("http://localhost/"), 100)).length).toBe(0);
  });

  it("refuses a chunked body one byte over the limit, without reading the rest of the stream", async () => {
    const { request, pulled } = streamed(1_000, 64 * 1024);
    await expect(readBodyUpTo(request, 1024 * 1024)).rejects.toMatchObject({ code: "too_large", message: "The request body is too large." });
    // 16 chunks make the limit; the 17th crosses it; nothing much after it is pulled.
    expect(pulled.count).toBeGreaterThanOrEqual(17);
    expect(pulled.count).toBeLessThan(20);
    const { request: oneOver } = streamed(101, 1);
    await expect(readBodyUpTo(oneOver, 100)).rejects.toBeInstanceOf(AppError);
  });

  it("refuses a declared length over the limit before reading anything, with the route's own error", async () => {
    const { request } = streamed(10, 10);
    const declared = new Request(request, { headers: { "content-length": "101" } });
    const fileTooLarge = () => new AppError("validation", "errors.fileTooLarge", { file: ["errors.fileTooLarge"] });
    await expect(readBodyUpTo(declared, 100, fileTooLarge)).rejects.toMatchObject({ code: "validation", fieldErrors: { file: ["errors.fileTooLarge"] } });
    expect(declared.bodyUsed).toBe(false);
  });

  it("reads JSON, and null for a body that is not JSON", async () => {
    expect(await readJsonUpTo(post(JSON.stringify({ narrative: "żółw \u2028" })), 1000)).toEqual({ narrative: "żółw \u2028" });
    expect(await readJsonUpTo(post("{not json"), 1000)).toBeNull();
    expect(await readJsonUpTo(post(""), 1000)).toBeNull();
  });

  it("reads multipart form data with its file intact, and null for a body that is not a form", async () => {
    const form = new FormData();
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => i % 251);
    form.append("file", new Blob([bytes], { type: "image/png" }), "zdjęcie.png");
    const file = (await readFormDataUpTo(post(form), 10_000))?.get("file");
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe("zdjęcie.png");
    expect(new Uint8Array(await (file as File).arrayBuffer())).toEqual(bytes);
    expect(await readFormDataUpTo(post("garbage", { "content-type": "multipart/form-data; boundary=x" }), 1000)).toBeNull();
    await expect(readFormDataUpTo(post(form), 1000)).rejects.toMatchObject({ code: "too_large" });
  });
});
