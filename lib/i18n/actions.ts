"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { isHttpsUrl } from "@/lib/auth/cookies";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { LOCALES, LOCALE_COOKIE } from "./locales";

export const setLocale = publicAction(z.object({ locale: z.enum(LOCALES) }).strict(), async ({ locale }) => {
  const secure = isHttpsUrl(env().NEXTAUTH_URL);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, secure, maxAge: 31_536_000 });
  // Signed-in people keep the choice on their account too (used for e-mails).
  const user = await getSessionUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  return { locale };
});
