import "server-only";
import { AppError } from "@/lib/errors";

// The API routes run without proxy.ts (it cost about a millisecond of CPU per
// request, a quarter of a filing's), and with it went the cap its body
// buffering put on every request. Nothing else in Next.js bounds a route
// handler's body: `request.json()` or `formData()` read whatever a client
// streams, with or without a Content-Length. So a route reads its body
// through these, which hold at most the limit and one more chunk in memory.

const tooLong = () => new AppError("too_large", "The request body is too large.");

/** The body's bytes; throws `tooLarge()` (413 unless the route says otherwise) when it is longer than `maxBytes`. */
export async function readBodyUpTo(request: Request, maxBytes: number, tooLarge: () => AppError = tooLong): Promise<Buffer<ArrayBuffer>> {
  // A declared length says it before anything is read; a chunked body is counted as it comes.
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, length);
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
}

/** The body as JSON, null when it is not JSON; throws as readBodyUpTo. */
export async function readJsonUpTo(request: Request, maxBytes: number): Promise<unknown> {
  const body = await readBodyUpTo(request, maxBytes);
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
}

/** The body as multipart or URL-encoded form data, null when it is neither; throws as readBodyUpTo. */
export async function readFormDataUpTo(request: Request, maxBytes: number, tooLarge?: () => AppError): Promise<FormData | null> {
  const body = await readBodyUpTo(request, maxBytes, tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  return new Response(body, { headers: { "content-type": contentType } }).formData().catch(() => null);
}
