import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser } from "@/test/factories";
import { verifyPassword } from "./password";
import { expirePasswordTokens, issuePasswordToken, findValidToken, setPasswordWithToken } from "./password-token";
import { authenticate } from "./sign-in";

const issue = (userId: string, now?: Date) => db.$transaction((tx) => issuePasswordToken(tx, userId, now));

describe("one-time set-password links", () => {
  it("sets the password once, ends old sessions, and the person can sign in", async () => {
    const user = await createUser();
    const old = await db.authSession.create({ data: { userId: user.id } });
    const token = await issue(user.id);
    expect(await findValidToken(token)).toMatchObject({ user: { id: user.id } });

    await setPasswordWithToken(token, "zielony rower nad wisłą");
    expect(await authenticate({ email: user.email, password: "zielony rower nad wisłą", ip: "203.0.113.1" })).toMatchObject({ id: user.id });
    expect((await db.authSession.findUniqueOrThrow({ where: { id: old.id } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.password.set", entityId: user.id } })).toBe(1);

    await expect(setPasswordWithToken(token, "inne długie hasło tutaj")).rejects.toMatchObject({ code: "not_found" });
  });

  it("does not set the password through a link a reset ended while the request was on its way", async () => {
    const user = await createUser();
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const token = await issue(user.id);
    // The request began (and found the link valid) a minute ago; the admin's
    // reset ended the link half a minute ago, while the password was hashing.
    const requestBegan = new Date(Date.now() - 60_000);
    await db.$transaction((tx) => expirePasswordTokens(tx, user.id, new Date(Date.now() - 30_000)));
    await expect(setPasswordWithToken(token, "zielony rower nad wisłą", requestBegan)).rejects.toMatchObject({ code: "not_found" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hashBefore);
  });

  it("refuses a common password and keeps the link usable", async () => {
    const user = await createUser();
    const token = await issue(user.id);
    await expect(setPasswordWithToken(token, "password1234")).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { password: ["passwordCommon"] },
    });
    expect(await findValidToken(token)).not.toBeNull();
  });

  it("expires, is replaced by a newer link, and does not work for a deactivated account", async () => {
    const user = await createUser();
    const first = await issue(user.id, new Date(Date.now() - 73 * 3_600_000));
    expect(await findValidToken(first)).toBeNull();
    const second = await issue(user.id);
    const third = await issue(user.id);
    expect(await findValidToken(second)).toBeNull();
    expect(await findValidToken(third)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await findValidToken(third)).toBeNull();
    expect(await findValidToken("not a token")).toBeNull();
  });

  it("lets only one of two simultaneous submissions win", async () => {
    const user = await createUser();
    const token = await issue(user.id);
    const passwords = ["pierwsze długie hasło", "drugie długie hasło!"];
    const results = await Promise.allSettled(passwords.map((password) => setPasswordWithToken(token, password)));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results.findIndex((r) => r.status === "fulfilled");
    // The loser is told the link is used, as any later submission would be.
    expect((results[1 - winner] as PromiseRejectedResult).reason).toMatchObject({ code: "not_found" });
    // The stored password is the winner's: the loser's hash did not overwrite it after the claim.
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, passwords[winner])).toBe(true);
    expect(await verifyPassword(passwordHash!, passwords[1 - winner])).toBe(false);
    expect(await authenticate({ email: user.email, password: passwords[winner], ip: "203.0.113.2" })).toMatchObject({ id: user.id });
    expect(await db.auditEvent.count({ where: { action: "auth.password.set", entityId: user.id } })).toBe(1);
  });
});
