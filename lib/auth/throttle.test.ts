import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/test/factories";
import { hashPassword } from "./password";
import { authenticate } from "./sign-in";
import { ThrottledError, clientIp } from "./throttle";

const PASSWORD = "ciepła herbata z cytryną";
const randomIp = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

/** Moves a counter's window into the past, as if the lock time had passed. */
async function endWindow(keyPart: string) {
  const moved = await db.$executeRaw`update rate_limits set expire = ${BigInt(Date.now() - 1000)} where key like ${`%${keyPart}`}`;
  expect(moved).toBeGreaterThan(0);
}

describe("sign-in throttling", () => {
  it("locks an account after the configured failures, even for the right password, and unlocks after the window", async () => {
    const limits = { perAccount: 3, perIp: 100, windowSeconds: 900 };
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    for (let i = 0; i < 3; i++) {
      // Each from another address: the account lock does not depend on the IP.
      expect(await authenticate({ email: user.email, password: "wrong password!", ip: randomIp() }, limits)).toBeNull();
    }
    await expect(authenticate({ email: user.email, password: PASSWORD, ip: randomIp() }, limits)).rejects.toBeInstanceOf(ThrottledError);

    await endWindow(user.email);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip: randomIp() }, limits)).toMatchObject({ id: user.id });
  });

  it("holds the account's limit for attempts sent at once: no more passwords are checked than the limit allows", async () => {
    const limits = { perAccount: 3, perIp: 100, windowSeconds: 900 };
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => authenticate({ email: user.email, password: i === 11 ? PASSWORD : `guess number ${i}`, ip: randomIp() }, limits)),
    );
    // Every attempt past the third is refused before its password is looked at, the right one too if it came late.
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(3);
    expect(attempts.filter((attempt) => attempt.status === "rejected" && attempt.reason instanceof ThrottledError)).toHaveLength(9);
  });

  it("lets an address that signs in correctly keep signing in: only failures count against it", async () => {
    const limits = { perAccount: 100, perIp: 2, windowSeconds: 900 };
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const ip = randomIp();
    for (let i = 0; i < 5; i++) expect(await authenticate({ email: user.email, password: PASSWORD, ip }, limits)).toMatchObject({ id: user.id });
  });

  it("does not count attempts on a locked account against its address: only checked passwords are failures", async () => {
    const limits = { perAccount: 2, perIp: 3, windowSeconds: 900 };
    const locked = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const colleague = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const office = randomIp();
    for (let i = 0; i < 2; i++) expect(await authenticate({ email: locked.email, password: "wrong password!", ip: office }, limits)).toBeNull();
    for (let i = 0; i < 5; i++) {
      await expect(authenticate({ email: locked.email, password: PASSWORD, ip: office }, limits)).rejects.toBeInstanceOf(ThrottledError);
    }
    // Two failures from the office so far, under its three: a colleague there still signs in.
    expect(await authenticate({ email: colleague.email, password: PASSWORD, ip: office }, limits)).toMatchObject({ id: colleague.id });
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const limits = { perAccount: 3, perIp: 100, windowSeconds: 900 };
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    const ip = randomIp();
    for (let i = 0; i < 2; i++) await authenticate({ email: user.email, password: "nope nope nope", ip }, limits);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, limits)).not.toBeNull();
    for (let i = 0; i < 2; i++) await authenticate({ email: user.email, password: "nope nope nope", ip }, limits);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, limits)).not.toBeNull();
  });

  it("throttles an unknown e-mail exactly like a known one", async () => {
    const limits = { perAccount: 2, perIp: 100, windowSeconds: 900 };
    const email = `nobody-${randomUUID().slice(0, 8)}@test.example`;
    for (let i = 0; i < 2; i++) expect(await authenticate({ email, password: "whatever", ip: randomIp() }, limits)).toBeNull();
    await expect(authenticate({ email, password: "whatever", ip: randomIp() }, limits)).rejects.toMatchObject({ message: "throttled" });
  });

  it("locks an IP that tries many accounts, and only that IP", async () => {
    const limits = { perAccount: 100, perIp: 3, windowSeconds: 900 };
    const ip = randomIp();
    const user = await createUser({ passwordHash: await hashPassword(PASSWORD) });
    for (let i = 0; i < 3; i++) {
      await authenticate({ email: `spray-${i}-${randomUUID().slice(0, 6)}@test.example`, password: "Winter2026!", ip }, limits);
    }
    await expect(authenticate({ email: user.email, password: PASSWORD, ip }, limits)).rejects.toBeInstanceOf(ThrottledError);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip: randomIp() }, limits)).toMatchObject({ id: user.id });
    await endWindow(ip);
    expect(await authenticate({ email: user.email, password: PASSWORD, ip }, limits)).toMatchObject({ id: user.id });
  });

  it("takes the client IP from X-Forwarded-For past the trusted proxies", () => {
    expect(clientIp("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIp(null, 1)).toBe("unknown");
  });
});
