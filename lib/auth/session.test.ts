import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/test/factories";
import { sessionCookieName } from "./cookies";
import { getSessionUser } from "./session";

// The request's cookies, as next/headers gives them to a page, action or route.
let requestCookies = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (requestCookies.has(name) ? { name, value: requestCookies.get(name)! } : undefined) }),
}));
afterEach(() => {
  requestCookies = new Map();
});

const SESSION_COOKIE = sessionCookieName(false);

/** Signs a person in the way next-auth does: a session row, and its id in an encrypted token in the cookie. */
async function signedIn(options: { secret?: string; maxAge?: number } = {}) {
  const user = await createUser();
  const session = await db.authSession.create({ data: { userId: user.id } });
  const token = await encode({
    token: { uid: user.id, sid: session.id, name: user.name, email: user.email },
    secret: options.secret ?? process.env.NEXTAUTH_SECRET!,
    maxAge: options.maxAge,
  });
  requestCookies.set(SESSION_COOKIE, token);
  return { user, session, token };
}

describe("getSessionUser", () => {
  it("finds the person whose session the cookie next-auth wrote names", async () => {
    const { user, session } = await signedIn();
    expect(await getSessionUser()).toMatchObject({ id: user.id, sessionId: session.id, email: user.email });
  });

  it("finds nobody without a cookie, or with one that does not decrypt", async () => {
    expect(await getSessionUser()).toBeNull();
    const { token } = await signedIn();
    requestCookies.set(SESSION_COOKIE, `${token.slice(0, -4)}AAAA`);
    expect(await getSessionUser()).toBeNull();
    requestCookies.set(SESSION_COOKIE, "not-a-token");
    expect(await getSessionUser()).toBeNull();
  });

  it("finds nobody with a token encrypted under another secret, or past its expiry", async () => {
    await signedIn({ secret: "another-secret-another-secret-0123456789" });
    expect(await getSessionUser()).toBeNull();
    await signedIn({ maxAge: -60 });
    expect(await getSessionUser()).toBeNull();
  });

  it("finds nobody once the session is revoked, whatever the cookie says", async () => {
    const { session } = await signedIn();
    await db.authSession.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    expect(await getSessionUser()).toBeNull();
  });
});
