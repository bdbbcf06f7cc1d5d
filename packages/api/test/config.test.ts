import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { repoRoot } from '../src/paths';

describe('configuration from the environment', () => {
  it('defaults to port 4000, the embedded PostgreSQL in .pgdata and demo data on', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      apiProcesses: 1,
      databaseUrl: null,
      pgDataDir: path.join(repoRoot, '.pgdata'),
      embeddedPgPort: 54329,
      webDist: path.join(repoRoot, 'packages/web/dist'),
      adminEmail: null,
      adminPassword: null,
      organisationName: null,
      demoData: true,
      logLevel: 'info',
      trustProxy: 0,
      publicRequestsPerMinute: 600,
      production: false,
      publicBaseUrl: null,
      graphqlRequestsPerMinute: 300,
      graphqlRequestsPerMinutePerPerson: 1200,
      graphqlMaxBodyBytes: 262_144,
      evidenceMaxBytes: 10 * 1024 * 1024,
      evidenceDir: null,
      graphqlRefusalDelayMs: 500,
      passwordHashThreads: 0,
      passwordHashQueue: 32,
      secretKey: null,
      smtpUrl: null,
      mailFrom: 'CHP Insight <no-reply@localhost>',
    });
  });

  it('refuses a CHP_SECRET_KEY shorter than 32 characters (docs/procedure.md, Accounts: single sign-on)', () => {
    expect(() => loadConfig({ CHP_SECRET_KEY: 'short' })).toThrow(/CHP_SECRET_KEY/);
    expect(loadConfig({ CHP_SECRET_KEY: 'k'.repeat(32) }).secretKey).toBe('k'.repeat(32));
  });

  it('reads SMTP_URL and MAIL_FROM, refusing an address that is not smtp(s)://', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://mail.example.org:587', MAIL_FROM: 'a@b.org' });
    expect(config.smtpUrl).toBe('smtp://mail.example.org:587');
    expect(config.mailFrom).toBe('a@b.org');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
  });

  it('reads the password hashing threads and queue, refusing a queue of 0', () => {
    expect(loadConfig({ PASSWORD_HASH_THREADS: '2' }).passwordHashThreads).toBe(2);
    expect(() => loadConfig({ PASSWORD_HASH_QUEUE: '0' })).toThrow(/PASSWORD_HASH_QUEUE/);
  });

  it('reads API_PROCESSES: a number, or auto for one per core up to 4; refuses 0 and words', () => {
    expect(loadConfig({ API_PROCESSES: '3' }).apiProcesses).toBe(3);
    expect(loadConfig({ API_PROCESSES: 'auto' }).apiProcesses).toBe(
      Math.min(os.availableParallelism(), 4),
    );
    expect(() => loadConfig({ API_PROCESSES: '0' })).toThrow(/API_PROCESSES must be auto or/);
    expect(() => loadConfig({ API_PROCESSES: 'many' })).toThrow(/API_PROCESSES must be auto or/);
  });

  it('uses DATABASE_URL when set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://a:b@db:5432/chp' }).databaseUrl).toBe(
      'postgres://a:b@db:5432/chp',
    );
  });

  it('reads CHP_DEMO_DATA=false as off', () => {
    expect(loadConfig({ CHP_DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  it('rejects a PORT that is not a port number', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT must be a port number/);
  });

  it('believes X-Forwarded-For from as many proxies as TRUST_PROXY says, and rejects a number that is not whole', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(
      /TRUST_PROXY must be a whole number from 0 to 10/,
    );
  });

  it('reads the public request budget per address and minute, at least 1', () => {
    expect(loadConfig({ PUBLIC_REQUESTS_PER_MINUTE: '120' }).publicRequestsPerMinute).toBe(120);
    expect(() => loadConfig({ PUBLIC_REQUESTS_PER_MINUTE: '0' })).toThrow(
      /PUBLIC_REQUESTS_PER_MINUTE/,
    );
  });

  it('rejects an unknown LOG_LEVEL', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('is in production mode only when NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
  });

  it('runs in production under `npm start` and in the container image (issue 19: graphql-js without its development checks)', () => {
    const scripts = (file: string) =>
      JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')).scripts as Record<string, string>;
    expect(scripts('package.json').start).toContain('npm start -w @chp/api');
    expect(scripts('packages/api/package.json').start).toMatch(
      /^NODE_ENV=\$\{NODE_ENV:-production\} node /,
    );
    const image = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    expect(image.split('\n').filter((l) => /^ENV\b.*\bNODE_ENV=production\b/.test(l))).toHaveLength(
      1,
    );
  });

  it('reads PUBLIC_BASE_URL without its trailing slash and rejects one that is not an http(s) address', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://reports.example.org/' }).publicBaseUrl).toBe(
      'https://reports.example.org',
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'reports.example.org' })).toThrow(
      /PUBLIC_BASE_URL must be an http\(s\) address/,
    );
  });
});
