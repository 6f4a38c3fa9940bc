import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { authCookies, isHttpsUrl } from "./cookies";
import { authenticate } from "./sign-in";
import { SSO_PROVIDER_ID, oidcProvider, resolveSsoUser, type OidcClaims } from "./sso";
import { clientIp } from "./throttle";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
  }
}

// The credentials provider forces JWT sessions in next-auth 4. Each JWT names
// a server-side AuthSession row; the guard checks that row on every request,
// so signing out, deactivation and role changes take effect at once.
export function authOptions(): NextAuthOptions {
  const config = env();
  const sso = oidcProvider(config);
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/signin", error: "/signin" },
    cookies: authCookies(isHttpsUrl(config.NEXTAUTH_URL)),
    useSecureCookies: isHttpsUrl(config.NEXTAUTH_URL),
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          // A ThrottledError thrown here reaches the form as error "throttled".
          const user = await authenticate({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            ip: clientIp(request?.headers?.["x-forwarded-for"] as string | undefined),
          });
          return user ? { id: user.id, name: user.name, email: user.email } : null;
        },
      }),
      ...(sso ? [sso] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        const outcome = await resolveSsoUser(profile as OidcClaims, config);
        if (!outcome.ok) console.warn(`[sso] sign-in refused: ${outcome.reason}`);
        return outcome.ok;
      },
      async jwt({ token, user, account }) {
        if (user) {
          // SSO profiles carry the provider's subject as id; signIn linked it to an account.
          const userId =
            account?.provider === SSO_PROVIDER_ID
              ? (await db.user.findUniqueOrThrow({ where: { ssoSubject: account.providerAccountId }, select: { id: true } })).id
              : user.id;
          const session = await db.authSession.create({ data: { userId }, select: { id: true } });
          token.uid = userId;
          token.sid = session.id;
        }
        return token;
      },
      async session({ session, token }) {
        session.sid = token.sid;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) {
          await db.authSession.updateMany({
            where: { id: token.sid, revokedAt: null },
            data: { revokedAt: new Date() },
          });
        }
      },
    },
  };
}
