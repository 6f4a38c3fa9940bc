// A real OpenID Connect provider (the npm package oidc-provider) on a loopback
// port, for the SSO end-to-end test; started by Playwright as a webServer.
// Its development sign-in form accepts any login: the login is the e-mail,
// and a login starting with "hr." carries the role claim "hr".
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3199);
const appUrl = process.env.APP_URL ?? "http://localhost:3100";
const clientId = process.env.OIDC_CLIENT_ID ?? "refusal-desk";
const clientSecret = process.env.OIDC_CLIENT_SECRET ?? "refusal-desk-e2e-secret";

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "refusal_desk_role"] },
  // next-auth reads the ID token's claims, so put them there.
  conformIdTokenClaims: false,
  cookies: { keys: ["oidc-e2e-cookie-key-not-a-secret"] },
  async findAccount(_ctx, id) {
    const local = id.split("@")[0] ?? id;
    const name = local
      .split(/[._-]/)
      .filter(Boolean)
      .map((part) => part[0].toUpperCase() + part.slice(1))
      .join(" ");
    return {
      accountId: id,
      async claims() {
        return {
          sub: `e2e|${id}`,
          email: id,
          email_verified: true,
          name,
          ...(local.startsWith("hr.") ? { refusal_desk_role: "hr" } : {}),
        };
      },
    };
  },
});
provider.proxy = false;

provider.listen(port, "127.0.0.1", () => {
  console.log(`oidc-provider listening on http://127.0.0.1:${port}`);
});
