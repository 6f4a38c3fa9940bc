import { describe, expect, it } from "vitest";
import { authCookies, isHttpsUrl } from "./cookies";

describe("auth cookies", () => {
  it("are HttpOnly, SameSite=Lax, Secure and __Host- prefixed under HTTPS", () => {
    const cookies = Object.values(authCookies(true));
    expect(cookies).toHaveLength(6);
    for (const cookie of cookies) {
      expect(cookie.name).toMatch(/^__Host-next-auth\./);
      // __Host- requires Secure, Path=/ and no Domain.
      expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
      expect(cookie.options).not.toHaveProperty("domain");
    }
  });

  it("drop Secure and the prefix on plain HTTP (local use), staying HttpOnly and Lax", () => {
    const session = authCookies(false).sessionToken;
    expect(session).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    expect(isHttpsUrl("https://desk.firma.example")).toBe(true);
    expect(isHttpsUrl("http://localhost:3000")).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
  });
});
