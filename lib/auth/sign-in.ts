import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { dummyPasswordHash, verifyPassword } from "./password";
import { signInThrottle, type ThrottleLimits } from "./throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "emailRequired").email("emailInvalid").max(254, "emailInvalid"),
  password: z.string().min(1, "passwordRequired").max(1024, "passwordRequired"),
});

/**
 * Checks an e-mail and password. Unknown e-mail, wrong password and a
 * deactivated account all give the same answer after the same work (the
 * password is verified against a dummy hash when there is no account).
 * Throws ThrottledError, before looking at the password, once the account or
 * the IP has used up its failed attempts, also for attempts sent at once.
 */
export async function authenticate(input: { email: string; password: string; ip: string }, limits?: ThrottleLimits) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttle = signInThrottle(email, input.ip, limits);
  await throttle.reserveAttempt();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  // A failure stays counted: the attempt was reserved before the check.
  if (!user || !user.passwordHash || !passwordMatches || !user.active) return null;
  await throttle.recordSuccess();
  return { id: user.id, name: user.name, email: user.email };
}
