import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorld, WORLD_BASE_URL, type World, type WorldPerson } from './support/world';
import {
  CookieJar,
  DIRECTORY_CLIENT_ID,
  DIRECTORY_CLIENT_SECRET,
  signInAtDirectory,
  startTestDirectory,
  step,
  type DirectoryAccount,
  type TestDirectory,
} from './support/directory-provider';
import { must } from './support/must';

/**
 * Single sign-on through a real OpenID provider started here (docs/procedure.md, Accounts:
 * single sign-on). The platform's clock is set to the real time: the provider signs its tokens
 * with it.
 */
describe('single sign-on with OpenID Connect (docs/procedure.md, Accounts: single sign-on)', () => {
  let world: World;
  let directory: TestDirectory;
  let domain: string;

  const SET =
    'mutation($s: SingleSignOnInput!) { setSingleSignOn(settings: $s) { version clientSecretSet } }';

  beforeAll(async () => {
    world = await createWorld();
    directory = await startTestDirectory(`${WORLD_BASE_URL}/auth/oidc/callback`);
    domain = world.org.people.admin.email.split('@')[1]!;
    await setSettings({ defaultRole: 'staff' });
  });

  /** The organisation's settings: the test directory, `domain`, two mapped groups, and `changes`. */
  async function setSettings(changes: Record<string, unknown>) {
    const current = await world.gql<{ singleSignOn: { version: number } | null }>(
      '{ singleSignOn { version } }',
      {},
      world.org.people.admin,
    );
    await must(
      world,
      {
        query: SET,
        variables: {
          s: {
            version: current.body.data?.singleSignOn?.version ?? null,
            enabled: true,
            issuerUrl: directory.issuer,
            clientId: DIRECTORY_CLIENT_ID,
            clientSecret: DIRECTORY_CLIENT_SECRET,
            allowedDomains: [domain],
            groupRoles: [
              { group: 'chp-managers', role: 'manager' },
              { group: 'chp-handlers', role: 'handler' },
            ],
            ...changes,
          },
        },
      },
      world.org.people.admin,
    );
  }
  afterAll(async () => {
    await directory?.close();
    await world?.close();
  });
  beforeEach(() => {
    world.setNow(new Date().toISOString());
    directory.issueIdTokenTo = null;
  });

  let logins = 0;
  /** Starts at the sign-in page with `typed`, signs in at the directory as `account`, comes back. */
  async function signIn(typed: string, account: DirectoryAccount) {
    const login = `person-${++logins}`;
    directory.accounts.set(login, account);
    const browser = new CookieJar();
    const start = await step(browser, `${world.url}/auth/oidc/start`, { form: { email: typed } });
    const toDirectory = start.headers.get('location') ?? '';
    if (!toDirectory.startsWith(directory.issuer))
      return { start, toDirectory, location: toDirectory, session: undefined, browser };
    const back = await signInAtDirectory(new CookieJar(), toDirectory, login);
    const callback = await step(browser, `${world.url}${back.pathname}${back.search}`);
    return {
      start,
      toDirectory,
      back,
      location: callback.headers.get('location'),
      session: browser.get('chp_session'),
      browser,
    };
  }

  const me = async (token: string | undefined) =>
    (
      await world.gql<{ me: { id: string; email: string; role: string } }>(
        '{ me { id email role } }',
        {},
        { token } as WorldPerson,
      )
    ).body.data?.me;

  const email = (local: string) => `${local}.${logins}@${domain}`;
  const personCount = async (address: string) =>
    (
      await world.db.dataSource.query(
        `SELECT count(*)::int AS n FROM person WHERE lower(email) = lower($1)`,
        [address],
      )
    )[0].n as number;

  it('the code flow with PKCE, state and nonce signs a newcomer in and creates them with the mapped role', async () => {
    const address = email('ann');
    const result = await signIn(address, {
      email: address,
      name: 'Ann Directory',
      groups: ['chp-handlers'],
    });
    const asked = new URL(result.toDirectory).searchParams;
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('state')).toBeTruthy();
    expect(asked.get('nonce')).toBeTruthy();
    expect(result.location).toBe('/');
    const person = await me(result.session);
    expect(person).toMatchObject({ email: address, role: 'handler' });
    const audit = await world.db.dataSource.query(
      `SELECT operation FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [person!.id],
    );
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual([
      'singleSignOnCreatePerson',
      'signIn',
    ]);
  });

  it('a second sign-in links to the same person', async () => {
    const address = email('bea');
    const first = await signIn(address, { email: address, groups: ['chp-handlers'] });
    const second = await signIn(address, {
      email: address.toUpperCase(),
      groups: ['chp-handlers'],
    });
    expect((await me(second.session))!.id).toBe((await me(first.session))!.id);
    expect(await personCount(address)).toBe(1);
  });

  it('an ID token issued for another client (a wrong audience) is refused and signs nobody in', async () => {
    directory.issueIdTokenTo = 'another-app';
    const address = email('cal');
    const result = await signIn(address, { email: address });
    expect(result.location).toBe('/?sso=SSO_TOKEN_REFUSED');
    expect(result.session).toBeUndefined();
    expect(await personCount(address)).toBe(0);
    expect(world.log.lines.at(-1)?.message).toMatch(/SSO_TOKEN_REFUSED \(.*\baud\b/);
  });

  it('an expired ID token is refused (the platform clock two hours past the token, which lives one hour)', async () => {
    world.setNow(new Date(Date.now() + 2 * 3600_000).toISOString());
    const address = email('dov');
    const result = await signIn(address, { email: address });
    expect(result.location).toBe('/?sso=SSO_TOKEN_REFUSED');
    expect(result.session).toBeUndefined();
    expect(world.log.lines.at(-1)?.message).toMatch(/SSO_TOKEN_REFUSED \(.*\bexp\b/);
  });

  it('an e-mail outside the allowed domains is refused, even from the right directory', async () => {
    const result = await signIn(email('eve'), { email: `eve.${logins}@elsewhere.example` });
    expect(result.location).toBe('/?sso=SSO_DOMAIN_NOT_ALLOWED');
    expect(result.session).toBeUndefined();
    expect(await personCount(`eve.${logins}@elsewhere.example`)).toBe(0);
  });

  it('an e-mail domain no organisation signs in through a directory is told to use a password', async () => {
    const result = await signIn('fin@unknown-domain.example', {
      email: 'fin@unknown-domain.example',
    });
    expect(result.start.status).toBe(303);
    expect(result.location).toBe('/?sso=SSO_NOT_SET_UP');
  });

  it('the dashboard asks for JSON: the directory address to go to, or the refusal', async () => {
    const ask = (typed: string) =>
      fetch(`${world.url}/auth/oidc/start`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ email: typed }).toString(),
      });
    const known = await ask(email('kit'));
    expect(((await known.json()) as { location: string }).location).toMatch(
      new RegExp(`^${directory.issuer}/auth\\?`),
    );
    expect(known.headers.getSetCookie().join()).toMatch(/chp_sso_attempt=[\w-]+;.*HttpOnly/i);
    const unknown = await ask('kit@unknown-domain.example');
    expect(await unknown.json()).toEqual({ refusal: 'SSO_NOT_SET_UP' });
  });

  it('an e-mail the directory does not vouch for (email_verified false) is refused', async () => {
    const address = email('gus');
    const result = await signIn(address, { email: address, emailVerified: false });
    expect(result.location).toBe('/?sso=SSO_EMAIL_NOT_VERIFIED');
    expect(await personCount(address)).toBe(0);
  });

  /** Rows that a refused sign-in must not have written for `address`, or for anyone in `organisationId`. */
  const traces = async (address: string, organisationId: string) => ({
    people: await world.db.dataSource.query(
      `SELECT id, organisation_id, role, version FROM person WHERE lower(email) = lower($1)`,
      [address],
    ),
    sessions: (
      await world.db.dataSource.query(
        `SELECT count(*)::int AS n FROM person_session s JOIN person p ON p.id = s.person_id WHERE lower(p.email) = lower($1)`,
        [address],
      )
    )[0].n,
    audit: await world.db.dataSource.query(
      `SELECT id FROM audit_log WHERE organisation_id = $1 ORDER BY id`,
      [organisationId],
    ),
  });

  it('no directory group maps to a role and there is no default role: refused SSO_NO_ROLE, nobody created', async () => {
    await setSettings({ defaultRole: null });
    try {
      const address = email('nia');
      const before = await traces(address, world.org.id);
      const result = await signIn(address, { email: address, groups: ['chp-finance'] });
      expect(result.location).toBe('/?sso=SSO_NO_ROLE');
      expect(result.session).toBeUndefined();
      expect(await traces(address, world.org.id)).toEqual(before);
      expect(before.people).toEqual([]);
    } finally {
      await setSettings({ defaultRole: 'staff' });
    }
  });

  it('an e-mail that belongs to a person of another organisation is refused SSO_REFUSED: nobody created, moved or linked', async () => {
    const address = email('ola');
    await must(
      world,
      {
        query: 'mutation($input: NewPersonInput!) { createPerson(input: $input) { id } }',
        variables: { input: { email: address, name: 'Ola Elsewhere', role: 'handler' } },
      },
      world.other.people.admin,
    );
    const before = await traces(address, world.org.id);
    const otherAudit = await traces(address, world.other.id);
    const result = await signIn(address, { email: address, groups: ['chp-managers'] });
    expect(result.location).toBe('/?sso=SSO_REFUSED');
    expect(result.session).toBeUndefined();
    expect(await traces(address, world.org.id)).toEqual(before);
    expect(await traces(address, world.other.id)).toEqual(otherAudit);
    expect(before.people).toEqual([
      expect.objectContaining({ organisation_id: world.other.id, role: 'handler' }),
    ]);
  });

  it('a deactivated person is refused', async () => {
    const admin = world.org.people.admin;
    const staff = world.org.staff2;
    const { person } = await must(
      world,
      { query: `{ person(id: "${staff.id}") { version } }` },
      admin,
    );
    await must(
      world,
      {
        query:
          'mutation($id: ID!, $c: PersonChangesInput!) { updatePerson(id: $id, changes: $c) { id } }',
        variables: { id: staff.id, c: { version: person.version, active: false } },
      },
      admin,
    );
    const result = await signIn(staff.email, { email: staff.email });
    expect(result.location).toBe('/?sso=SSO_PERSON_DEACTIVATED');
    expect(result.session).toBeUndefined();
  });

  it('a later sign-in never raises a role: a handler in the managers group stays a handler, and the audit log says so', async () => {
    const handler = world.org.people.handler;
    const result = await signIn(handler.email, { email: handler.email, groups: ['chp-managers'] });
    expect(await me(result.session)).toMatchObject({ id: handler.id, role: 'handler' });
    const [row] = await world.db.dataSource.query(
      `SELECT changes FROM audit_log WHERE entity_id = $1 AND operation = 'singleSignOnRoleNotRaised'`,
      [handler.id],
    );
    expect(row.changes).toEqual({ role: 'handler', directoryRole: 'manager' });
  });

  it('a later sign-in lowers a role the directory no longer gives (a manager moved to the handlers group)', async () => {
    const manager = world.org.manager2;
    const result = await signIn(manager.email, { email: manager.email, groups: ['chp-handlers'] });
    expect(await me(result.session)).toMatchObject({ id: manager.id, role: 'handler' });
  });

  it('the directory answer is refused in a browser that did not start the sign-in (login CSRF), and a state works once', async () => {
    const address = email('hal');
    directory.accounts.set('hal', { email: address });
    const browser = new CookieJar();
    const start = await step(browser, `${world.url}/auth/oidc/start`, { form: { email: address } });
    const back = await signInAtDirectory(new CookieJar(), start.headers.get('location')!, 'hal');
    const elsewhere = await step(new CookieJar(), `${world.url}${back.pathname}${back.search}`);
    expect(elsewhere.headers.get('location')).toBe('/?sso=SSO_ATTEMPT_EXPIRED');
    // the state was not used by the other browser: the one that started it signs in, once
    const own = await step(browser, `${world.url}${back.pathname}${back.search}`);
    expect(own.headers.get('location')).toBe('/');
    const again = await step(browser, `${world.url}${back.pathname}${back.search}`);
    expect(again.headers.get('location')).toBe('/?sso=SSO_ATTEMPT_EXPIRED');
  });

  it('signing out ends the session opened through the directory', async () => {
    const address = email('ida');
    const result = await signIn(address, { email: address });
    const session = { token: result.session } as WorldPerson;
    expect((await world.gql('mutation { signOut }', {}, session)).body.data?.signOut).toBe(true);
    expect(await me(result.session)).toBeUndefined();
  });

  it('someone created through the directory has no password: password sign-in refuses them like a wrong password', async () => {
    const address = email('jo');
    await signIn(address, { email: address });
    const res = await world.gql(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: address, p: 'any password at all' },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the settings never return the client secret: only that one is set', async () => {
    const res = await world.gql<{ singleSignOn: Record<string, unknown> }>(
      '{ singleSignOn { issuerUrl clientId clientSecretSet allowedDomains groupRoles { group role } defaultRole } }',
      {},
      world.org.people.admin,
    );
    expect(res.body.data?.singleSignOn).toMatchObject({
      clientSecretSet: true,
      defaultRole: 'staff',
    });
    expect(JSON.stringify(res.body)).not.toContain(DIRECTORY_CLIENT_SECRET);
  });

  it('nothing personal reaches the log: no e-mail address in any line', () => {
    const text = JSON.stringify(world.log.lines);
    expect(text).toContain('single sign-on refused');
    expect(text).not.toMatch(/@/);
  });
});
