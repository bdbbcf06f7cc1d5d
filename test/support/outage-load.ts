/** A write and read load against a running platform, recording every answer, for outage tests. */
export interface Answer {
  surface: 'write' | 'health' | 'public' | 'public-graphql';
  status: number;
  retryAfter: string | null;
  at: number;
}

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const res = await gql(
    url,
    null,
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  const body = (await res.json()) as { data: { signIn: { token: string } } };
  return body.data.signIn.token;
}

export function gql(
  url: string,
  token: string | null,
  query: string,
  variables = {},
): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
}

/** Stop once writes succeeded `after` times following a 503 (or after `ms`). */
export function recoveredOrTimedOut(after = 20, ms = 60_000): (answers: Answer[]) => boolean {
  const deadline = Date.now() + ms;
  return (answers) => {
    const firstDown = answers.findIndex((a) => a.status === 503);
    if (firstDown < 0) return Date.now() > deadline;
    const lastDown = answers.findLastIndex((a) => a.status === 503);
    const okAfter = answers
      .slice(lastDown)
      .filter((a) => a.surface === 'write' && a.status === 200);
    return okAfter.length >= after || Date.now() > deadline;
  };
}

/**
 * Runs writers (createServiceArea with unique names) and a reader (/health, /public,
 * /public/graphql) until `until()` is true; returns every answer and the names whose creation
 * was acknowledged (HTTP 200 with data).
 */
export async function runLoad(
  url: string,
  token: string,
  until: (answers: Answer[]) => boolean,
): Promise<{ answers: Answer[]; acknowledged: string[] }> {
  const answers: Answer[] = [];
  const acknowledged: string[] = [];
  let n = 0;
  const record = (surface: Answer['surface'], res: Response): void => {
    answers.push({
      surface,
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      at: Date.now(),
    });
  };
  const writer = async (): Promise<void> => {
    while (!until(answers)) {
      const name = `Area ${++n}`;
      const res = await gql(
        url,
        token,
        'mutation($n: String!) { createServiceArea(name: $n) { id } }',
        { n: name },
      ).catch(() => null);
      if (!res) continue;
      record('write', res);
      const body = (await res.json().catch(() => ({}))) as {
        data?: { createServiceArea?: { id: string } };
      };
      if (res.status === 200 && body.data?.createServiceArea?.id) acknowledged.push(name);
    }
  };
  const reader = async (): Promise<void> => {
    while (!until(answers)) {
      const health = await fetch(`${url}/health`).catch(() => null);
      if (health) record('health', health);
      const site = await fetch(`${url}/public`).catch(() => null);
      if (site) record('public', site);
      const pub = await fetch(`${url}/public/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ publishingOrganisations { name } }' }),
      }).catch(() => null);
      if (pub) record('public-graphql', pub);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await Promise.all([writer(), writer(), reader()]);
  return { answers, acknowledged };
}

export async function serviceAreaNames(url: string, token: string): Promise<string[]> {
  const res = await gql(url, token, '{ serviceAreas(includeInactive: true) { name } }');
  const body = (await res.json()) as { data: { serviceAreas: { name: string }[] } };
  return body.data.serviceAreas.map((a) => a.name);
}

/** The platform's settings in the outage tests: no demo data, one administrator, no public cap. */
export function outagePlatformEnv(admin: {
  email: string;
  password: string;
}): Record<string, string> {
  return {
    LOG_LEVEL: 'info',
    CHP_DEMO_DATA: 'false',
    CHP_ADMIN_EMAIL: admin.email,
    CHP_ADMIN_PASSWORD: admin.password,
    CHP_ORGANISATION_NAME: 'Outage Council',
    PUBLIC_REQUESTS_PER_MINUTE: '1000000',
  };
}

/**
 * Puts the platform under load, runs `outage` once the load is under way (after a second), and
 * waits until writes have recovered (or timed out); returns the answers, the acknowledged names
 * and what the platform logged meanwhile.
 */
export async function loadThroughOutage(
  platform: { url: string; output: () => string },
  token: string,
  outage: () => Promise<void>,
): Promise<{ answers: Answer[]; acknowledged: string[]; outageLog: string }> {
  const logBefore = platform.output().length;
  const load = runLoad(platform.url, token, recoveredOrTimedOut());
  await new Promise((r) => setTimeout(r, 1000)); // the load under way
  await outage();
  const { answers, acknowledged } = await load;
  return { answers, acknowledged, outageLog: platform.output().slice(logBefore) };
}
