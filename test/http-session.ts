// Signing in over plain HTTP the way a browser does with next-auth's
// credentials provider: GET /api/auth/csrf (token + cookie), POST
// /api/auth/callback/credentials, keep the session cookie it sets. Used by the
// e2e HTTP clients and the benchmarks alike.

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]);
}

/** Returns a Cookie header value carrying the session of `email`. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: baseUrl }).toString(),
  });
  const session = cookiePairs(response).filter((pair) => /session-token=/.test(pair) && !/=$/.test(pair));
  if (session.length === 0) throw new Error(`sign-in of ${email} failed (HTTP ${response.status}, no session cookie)`);
  const cookie = session.join("; ");
  const check = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } });
  const body = (await check.json()) as { sid?: string };
  if (!body?.sid) throw new Error(`sign-in of ${email}: the session cookie was not accepted`);
  return cookie;
}

/** Signs in several people, a few at a time (argon2 makes each sign-in cost ~50 ms of CPU). */
export async function signInAll(baseUrl: string, emails: string[], password: string): Promise<string[]> {
  const cookies: string[] = new Array(emails.length);
  for (let i = 0; i < emails.length; i += 4) {
    const batch = emails.slice(i, i + 4);
    const signed = await Promise.all(batch.map((email) => signIn(baseUrl, email, password)));
    signed.forEach((cookie, k) => (cookies[i + k] = cookie));
  }
  return cookies;
}
