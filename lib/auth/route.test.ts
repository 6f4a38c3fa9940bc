import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createUser, sessionFor } from "@/test/factories";
import { guardedRoute } from "./route";

let currentSessionId: string | null = null;
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/session")>();
  return { ...original, getSessionUser: () => (currentSessionId ? original.loadSessionUser(currentSessionId) : Promise.resolve(null)) };
});
afterEach(() => {
  currentSessionId = null;
});

describe("guardedRoute", () => {
  const handler = vi.fn(async () => Response.json({ changed: true }));
  const route = guardedRoute("reports.export", handler);
  const request = (method: string, headers: Record<string, string>) =>
    new NextRequest("http://localhost:3000/api/anything", { method, headers });

  it("refuses a cross-site POST with 403 before running the handler, even with a valid session", async () => {
    currentSessionId = (await sessionFor((await createUser({ role: "HR" })).id)).sessionId;
    handler.mockClear();
    const response = await route(request("POST", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), {});
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: "forbidden" });
    const sameSite = await route(request("DELETE", { origin: "http://localhost:3000", "sec-fetch-site": "same-site" }), {});
    expect(sameSite.status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs a same-origin POST and a GET for a permitted user", async () => {
    currentSessionId = (await sessionFor((await createUser({ role: "HR" })).id)).sessionId;
    handler.mockClear();
    const posted = await route(request("POST", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }), {});
    expect(posted.status).toBe(200);
    const got = await route(request("GET", { "sec-fetch-site": "cross-site" }), {});
    expect(got.status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("with notFromOtherSites, refuses a GET another site started, and runs one typed, bookmarked or from our pages", async () => {
    currentSessionId = (await sessionFor((await createUser({ role: "HR" })).id)).sessionId;
    const exportRoute = guardedRoute("reports.export", handler, { notFromOtherSites: true });
    handler.mockClear();
    for (const headers of [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { referer: "https://evil.example/page" }] as Record<string, string>[]) {
      const refused = await exportRoute(request("GET", headers), {});
      expect(refused.status, JSON.stringify(headers)).toBe(403);
    }
    expect(handler).not.toHaveBeenCalled();
    for (const headers of [{ "sec-fetch-site": "same-origin" }, { "sec-fetch-site": "none" }, {}, { referer: "http://localhost:3000/hr" }] as Record<string, string>[]) {
      expect((await exportRoute(request("GET", headers), {})).status, JSON.stringify(headers)).toBe(200);
    }
    expect(handler).toHaveBeenCalledTimes(4);
  });

  it("still applies the permission to same-origin requests", async () => {
    currentSessionId = (await sessionFor((await createUser({ role: "EMPLOYEE" })).id)).sessionId;
    const response = await route(request("POST", { origin: "http://localhost:3000" }), {});
    expect(response.status).toBe(403);
    currentSessionId = null;
    expect((await route(request("POST", { origin: "http://localhost:3000" }), {})).status).toBe(401);
  });
  it("sends a page the browser opened to sign-in or the problem page, not to a JSON error", async () => {
    const navigate = { "sec-fetch-mode": "navigate", "sec-fetch-dest": "document", "sec-fetch-site": "same-origin", referer: "http://localhost:3000/hr?preset=lastMonth" };
    const opened = (method: string) =>
      new NextRequest("http://localhost:3000/api/exports/csv?preset=last90", { method, headers: { ...navigate, origin: "http://localhost:3000" } });
    currentSessionId = null;
    const signedOut = await route(opened("GET"), {});
    expect(signedOut.status).toBe(303);
    expect(new URL(signedOut.headers.get("location")!).pathname + new URL(signedOut.headers.get("location")!).search).toBe(
      `/signin?callbackUrl=${encodeURIComponent("/api/exports/csv?preset=last90")}`,
    );
    // A form's POST comes back to the page it was sent from.
    expect(new URL((await route(opened("POST"), {})).headers.get("location")!).searchParams.get("callbackUrl")).toBe("/hr?preset=lastMonth");

    currentSessionId = (await sessionFor((await createUser({ role: "EMPLOYEE" })).id)).sessionId;
    const refused = await route(opened("GET"), {});
    expect(refused.status).toBe(303);
    const problem = new URL(refused.headers.get("location")!);
    expect([problem.pathname, problem.searchParams.get("code"), problem.searchParams.get("back")]).toEqual(["/problem", "forbidden", "/hr?preset=lastMonth"]);
    // A script's fetch still gets the JSON it reads.
    const fetched = await route(request("GET", {}), {});
    expect([fetched.status, (await fetched.json()).error]).toEqual([403, "forbidden"]);
  });
});
