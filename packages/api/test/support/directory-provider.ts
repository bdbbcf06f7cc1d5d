import http from 'node:http';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { freePort } from './free-port';

/** Someone in the test directory: what its ID tokens say about them. */
export interface DirectoryAccount {
  email: string;
  emailVerified?: boolean;
  name?: string;
  groups?: string[];
}

export const DIRECTORY_CLIENT_ID = 'chp-insight';
export const DIRECTORY_CLIENT_SECRET = 'a-test-client-secret-of-some-length';

export interface TestDirectory {
  issuer: string;
  /** Accounts by the login name typed on the directory's sign-in page. */
  accounts: Map<string, DirectoryAccount>;
  /** When set, the token endpoint answers an ID token issued to this other client (a wrong audience). */
  issueIdTokenTo: string | null;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider 9) on a free port of 127.0.0.1, as a directory such as
 * Entra ID: the code flow with PKCE, its own sign-in page (devInteractions), the e-mail, name and
 * groups in the ID token, and consent already given for CHP Insight (a first-party app).
 */
export async function startTestDirectory(redirectUri: string): Promise<TestDirectory> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, DirectoryAccount>();
  const configuration: Configuration = {
    clients: [
      {
        client_id: DIRECTORY_CLIENT_ID,
        client_secret: DIRECTORY_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: 'another-app',
        client_secret: 'another-app-secret-of-some-length',
        redirect_uris: ['https://another.example/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    // Like Entra ID: the claims are in the ID token itself, not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
          groups: account.groups ?? [],
        }),
      };
    },
    // Consent is given for the first-party app, so the sign-in page is the only page shown.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const directory: TestDirectory = {
    issuer,
    accounts,
    issueIdTokenTo: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  provider.use(async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || !directory.issueIdTokenTo || !body?.id_token) return;
    // The same person and nonce, signed by the same provider, but for another client.
    const claims = JSON.parse(
      Buffer.from(body.id_token.split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    const other = await provider.Client.find(directory.issueIdTokenTo);
    const { iss: _i, aud: _a, exp: _e, iat: _t, nonce, ...rest } = claims;
    const token = new provider.IdToken(rest, { ctx, client: other });
    (token as unknown as { scope: string }).scope = 'openid email profile';
    token.set('nonce', nonce);
    body.id_token = await token.issue({ use: 'idtoken' });
  });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Koa's handler is a request listener
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return directory;
}

/** A browser's cookies, one jar per browser (enough for these hosts: no paths or expiry). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** One request without following redirects, cookies kept. */
export async function step(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string> } = {},
): Promise<Response> {
  const res = await fetch(url, {
    method: init.method ?? (init.form ? 'POST' : 'GET'),
    redirect: 'manual',
    headers: {
      cookie: jar.header(),
      ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: init.form ? new URLSearchParams(init.form).toString() : undefined,
  });
  jar.take(res);
  return res;
}

/**
 * Signs in at the directory's own sign-in page as `login` and follows its redirects until it
 * sends the browser back to CHP Insight: answers that address (the redirect URI with the code).
 */
export async function signInAtDirectory(
  jar: CookieJar,
  authorizationUrl: string,
  login: string,
): Promise<URL> {
  let res = await step(jar, authorizationUrl);
  for (let hops = 0; hops < 10; hops++) {
    const location = res.headers.get('location');
    if (!location) throw new Error(`the directory stopped at ${res.status}: ${await res.text()}`);
    const next = new URL(location, authorizationUrl);
    if (next.origin !== new URL(authorizationUrl).origin) return next;
    if (/^\/interaction\/[^/]+$/.test(next.pathname)) {
      await step(jar, next.href); // the sign-in page itself
      res = await step(jar, next.href, { form: { prompt: 'login', login, password: 'any' } });
    } else {
      res = await step(jar, next.href);
    }
  }
  throw new Error('the directory redirected too many times');
}
