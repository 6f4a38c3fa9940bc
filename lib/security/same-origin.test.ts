import { describe, expect, it } from "vitest";
import { assertSameOrigin, isSafeMethod, isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>, url = "http://localhost:3000/api/exports") =>
  new Request(url, { method: "POST", headers });

describe("same-origin check for state-changing route handlers", () => {
  it("accepts a same-origin request from our pages", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("refuses cross-site and same-site requests and a foreign Origin", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://localhost:3000", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://localhost:3001" }))).toBe(false);
  });

  it("lets a non-browser client (neither header) through: it cannot carry a forged cross-site request", () => {
    expect(isSameOrigin(post({}))).toBe(true);
    expect(() => assertSameOrigin(post({ "sec-fetch-site": "cross-site" }))).toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  it("accepts the public origin when the app sits behind a proxy", () => {
    const internal = post({ origin: "https://desk.firma.example" }, "http://10.0.0.5:3000/api/exports");
    expect(isSameOrigin(internal)).toBe(false);
    expect(isSameOrigin(internal, "https://desk.firma.example")).toBe(true);
  });

  it("knows which methods are safe", () => {
    expect(["GET", "head", "OPTIONS"].every(isSafeMethod)).toBe(true);
    expect(["POST", "PUT", "PATCH", "DELETE"].some(isSafeMethod)).toBe(false);
  });
});
