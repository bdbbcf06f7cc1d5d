import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChpSchema } from '../src/app/schema';
import { createApp } from '../src/app/server/app';
import { getConfig } from '../src/config';
import { requestIdFor } from '../src/core/request-id';
import { Role } from '../src/core/role';
import { createOrganisation } from '../src/modules/organisations/organisation.service';
import { createPerson } from '../src/modules/people/people.service';
import { TEST_HASH_COST, TEST_PASSWORD } from './support/world';
import { createTestDatabase, type TestDatabase } from './support/database';
import { listen } from './support/http';
import { memoryLog } from './support/memory-log';

const webDist = getConfig().webDist;
const asset = readdirSync(path.join(webDist, 'assets')).find((f) => f.endsWith('.js'))!;

/** A body that shows Express's own error page, a stack trace or a file path. */
const LEAK = /<html|<pre|\bat \w+ \(|\/work\/|node_modules|\.ts:\d|\.js:\d/i;

describe('the HTTP surface: security headers, error bodies, production mode', () => {
  let db: TestDatabase;
  let dev: Awaited<ReturnType<typeof listen>>;
  let prod: Awaited<ReturnType<typeof listen>>;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const schema = await buildChpSchema();
    const start = async (production: boolean) => {
      const { app, apollo } = await createApp({
        dataSource: db.dataSource,
        schema,
        webDist,
        log: memoryLog(),
        production,
      });
      const server = await listen(app);
      stops.push(
        () => server.close(),
        () => apollo.stop(),
      );
      return server;
    };
    dev = await start(false);
    prod = await start(true);
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await db?.drop();
  });

  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it.each([
    ['/', () => fetch(`${dev.url}/`, { headers: { accept: 'text/html' } })],
    [`/assets/${asset}`, () => fetch(`${dev.url}/assets/${asset}`)],
    ['/graphql', () => post(`${dev.url}/graphql`, JSON.stringify({ query: '{ health { ok } }' }))],
    ['/public', () => fetch(`${dev.url}/public`)],
  ])(
    '%s carries a CSP with frame-ancestors none, nosniff and a referrer policy',
    async (_, get) => {
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it("the dashboard's CSP allows only its own scripts, and the built index.html has no inline script or style", async () => {
    const res = await fetch(`${dev.url}/`, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son\w+=/i);
  });

  it('the public site keeps its own stricter CSP (no script at all)', async () => {
    const res = await fetch(`${dev.url}/public`);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
  });

  it("the dashboard's scripts are sent gzip-compressed to a browser that accepts it", async () => {
    const res = await fetch(`${prod.url}/assets/${asset}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it("GraphQL's JSON answers are gzip-compressed too", async () => {
    const res = await post(
      `${dev.url}/graphql`,
      JSON.stringify({ query: '{ __schema { types { name } } }' }),
      { 'accept-encoding': 'gzip' },
    );
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it("GraphQL's JSON answers are brotli-compressed for a browser that accepts it, and read back whole", async () => {
    const query = JSON.stringify({ query: '{ __schema { types { name } } }' });
    const res = await post(`${dev.url}/graphql`, query, { 'accept-encoding': 'br' });
    expect(res.headers.get('content-encoding')).toBe('br');
    const plain = await post(`${dev.url}/graphql`, query, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await res.json()).toEqual(await plain.json());
  });

  it('a GraphQL answer says it varies by Accept-Encoding and gives its length', async () => {
    const res = await post(
      `${dev.url}/graphql`,
      JSON.stringify({ query: '{ __schema { types { name } } }' }),
      { 'accept-encoding': 'br' },
    );
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const sent = Number(res.headers.get('content-length'));
    expect(sent).toBeGreaterThan(0);
    expect(res.headers.get('transfer-encoding')).toBeNull();
  });

  it('a GraphQL answer under 1 kB goes uncompressed', async () => {
    const res = await post(`${dev.url}/graphql`, JSON.stringify({ query: '{ health { ok } }' }), {
      'accept-encoding': 'br, gzip',
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect((await res.text()).length).toBeLessThan(1024);
  });

  it('a GraphQL answer is gzip-compressed for a client that refuses brotli (br;q=0)', async () => {
    const res = await post(
      `${dev.url}/graphql`,
      JSON.stringify({ query: '{ __schema { types { name } } }' }),
      { 'accept-encoding': 'br;q=0, gzip' },
    );
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('the built dashboard has no source maps', async () => {
    const files = readdirSync(path.join(webDist, 'assets'));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const js = await (await fetch(`${dev.url}/assets/${asset}`)).text();
    expect(js).not.toContain('sourceMappingURL');
  });

  it.each(['/graphql', '/public/graphql'])(
    '%s answers malformed JSON with a 400 JSON error, no stack trace or path',
    async (endpoint) => {
      const res = await post(`${dev.url}${endpoint}`, '{"query": "{ health { ok } }",');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/json/);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(text).not.toMatch(LEAK);
    },
  );

  it.each(['/graphql', '/public/graphql'])(
    '%s answers an oversized body with a 413 JSON error, no stack trace or path',
    async (endpoint) => {
      const query = `{ health { ok } }${' '.repeat(2_000_000)}`;
      const res = await post(`${dev.url}${endpoint}`, JSON.stringify({ query }));
      expect(res.status).toBe(413);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        rule: 'MAX_REQUEST_SIZE',
      });
      expect(text).not.toMatch(LEAK);
    },
  );

  it('/public/graphql answers variables that are not an object with a 400 JSON error, no stack', async () => {
    const res = await post(
      `${dev.url}/public/graphql`,
      JSON.stringify({ query: '{ publishingOrganisations { slug } }', variables: 'nonsense' }),
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].message).toBe('Invalid variables');
    expect(text).not.toMatch(LEAK);
  });

  it('/graphql serves no landing page (Apollo sandbox from a CDN)', async () => {
    const res = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/apollographql\.com|<script/);
  });

  it('in production, introspection is refused to a signed-out client', async () => {
    const res = await post(
      `${prod.url}/graphql`,
      JSON.stringify({ query: '{ __schema { types { name } } }' }),
    );
    const body: any = await res.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('in production, the session cookie is Secure even over plain HTTP', async () => {
    const email = await db.dataSource.transaction(async (em) => {
      const organisationId = await createOrganisation(em, {
        name: 'Tay Housing Association',
        slug: 'tay-secure-cookie',
        sector: 'housing' as never,
        population: 5000,
        populationLabel: 'homes',
      });
      const person = { organisationId, email: 'admin@tay.example', name: 'Tay admin' };
      await createPerson(
        em,
        { ...person, role: Role.admin, password: TEST_PASSWORD },
        TEST_HASH_COST,
      );
      return person.email;
    });
    const res = await post(
      `${prod.url}/graphql`,
      JSON.stringify({
        query: `mutation { signIn(email: "${email}", password: "${TEST_PASSWORD}") { token } }`,
      }),
    );
    expect(res.headers.get('set-cookie')).toMatch(/^chp_session=[\w-]+;.*; Secure/i);
  });

  it("a client's x-request-id is believed only from a trusted proxy", () => {
    const req = {
      get: (name: string) => (name === 'x-request-id' ? 'client-chosen-id' : undefined),
    } as Parameters<typeof requestIdFor>[0];
    expect(requestIdFor(req, false)).not.toBe('client-chosen-id');
    expect(requestIdFor(req, true)).toBe('client-chosen-id');
  });
});
