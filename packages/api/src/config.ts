import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Config {
  /** HTTP port for /graphql and the dashboard. 0 picks a free port. */
  port: number;
  /**
   * Processes that answer HTTP on that port (API_PROCESSES: a number, or `auto` for one per
   * core, at most AUTO_API_PROCESSES_MAX). 1 (the default): the one process does everything.
   */
  apiProcesses: number;
  /** An external PostgreSQL. When set, the embedded PostgreSQL is not started. */
  databaseUrl: string | null;
  /** Data folder of the embedded PostgreSQL. */
  pgDataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPgPort: number;
  /** The built dashboard (packages/web/dist). */
  webDist: string;
  /** The first administrator, created on first start when both are set. */
  adminEmail: string | null;
  adminPassword: string | null;
  /** The first administrator's organisation, created with them. */
  organisationName: string | null;
  /** Load demonstration data into an empty database. */
  demoData: boolean;
  logLevel: LogLevel;
  /** Proxies in front of the server whose X-Forwarded-For is believed (the public site's per-address budget). */
  trustProxy: number;
  /** Requests one address may make to /public in a minute. */
  publicRequestsPerMinute: number;
  /** NODE_ENV=production (npm start sets it): no introspection, the session cookie always Secure. */
  production: boolean;
  /** The site's address as the public sees it (https://example.org), for absolute links; null = relative links only. */
  publicBaseUrl: string | null;
  /** Requests one address may make to /graphql in a minute without signing in. */
  graphqlRequestsPerMinute: number;
  /** Requests one signed-in person may make to /graphql in a minute. */
  graphqlRequestsPerMinutePerPerson: number;
  /** The largest /graphql request body, in bytes. */
  graphqlMaxBodyBytes: number;
  /** The largest evidence file of an investigation, in bytes (EVIDENCE_MAX_BYTES, default 10 MB). */
  evidenceMaxBytes: number;
  /** A folder for evidence files (EVIDENCE_DIR); null: kept in the database. */
  evidenceDir: string | null;
  /** How long a /graphql request of a holder already refused in the window waits for its 429. */
  graphqlRefusalDelayMs: number;
  /** Threads that hash passwords, off the request path; 0 = one fewer than the cores, 1 to 4. */
  passwordHashThreads: number;
  /** Password checks that may wait for a hashing thread; more are refused with 503 + Retry-After. */
  passwordHashQueue: number;
  /** Encrypts stored secrets (an organisation's single sign-on client secret); null = stored as given. */
  secretKey: string | null;
  /** The SMTP server mail is sent through (smtp://user:pass@host:587); null = mail stays in the outbox. */
  smtpUrl: string | null;
  /** The From address of every message. */
  mailFrom: string;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug'];

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function port(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new Error(`${name} must be a port number (0-65535), got "${value}"`);
  }
  return n;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined || value === null) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

function logLevel(env: Env): LogLevel {
  const value = (text(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(value)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  }
  return value as LogLevel;
}

function count(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = text(env, name);
  if (value === null) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

/** `API_PROCESSES=auto` starts one per core, but no more than this (each holds its own pool). */
export const AUTO_API_PROCESSES_MAX = 4;

function apiProcesses(env: Env): number {
  const value = text(env, 'API_PROCESSES')?.toLowerCase() ?? null;
  if (value === null) return 1;
  if (value === 'auto') return Math.min(os.availableParallelism(), AUTO_API_PROCESSES_MAX);
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32)
    throw new Error(`API_PROCESSES must be auto or a whole number from 1 to 32, got "${value}"`);
  return n;
}

function dir(env: Env, name: string, fallback: string): string {
  return path.resolve(repoRoot, text(env, name) ?? fallback);
}

function baseUrl(env: Env, name: string): string | null {
  const value = text(env, name);
  if (value === null) return null;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw new Error(
      `${name} must be an http(s) address such as https://example.org, got "${value}"`,
    );
  return url.href.replace(/\/+$/, '');
}

function secretKey(env: Env): string | null {
  const value = text(env, 'CHP_SECRET_KEY');
  if (value !== null && value.length < 32)
    throw new Error(
      'CHP_SECRET_KEY must be at least 32 characters (e.g. `openssl rand -base64 32`)',
    );
  return value;
}

function smtpUrl(env: Env): string | null {
  const value = text(env, 'SMTP_URL');
  if (value === null) return null;
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:')
    throw new Error('SMTP_URL must be an smtp:// or smtps:// address');
  return value;
}

/** Reads the configuration from environment variables (relative paths are from the repo root). */
export function loadConfig(env: Env = process.env): Config {
  return {
    port: port(env, 'PORT', 4000),
    apiProcesses: apiProcesses(env),
    databaseUrl: text(env, 'DATABASE_URL'),
    pgDataDir: dir(env, 'PGDATA_DIR', '.pgdata'),
    embeddedPgPort: port(env, 'EMBEDDED_PG_PORT', 54329),
    webDist: dir(env, 'WEB_DIST', 'packages/web/dist'),
    adminEmail: text(env, 'CHP_ADMIN_EMAIL'),
    adminPassword: text(env, 'CHP_ADMIN_PASSWORD'),
    organisationName: text(env, 'CHP_ORGANISATION_NAME'),
    demoData: flag(env, 'CHP_DEMO_DATA', true),
    logLevel: logLevel(env),
    trustProxy: count(env, 'TRUST_PROXY', 0, 0, 10),
    publicRequestsPerMinute: count(env, 'PUBLIC_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
    production: text(env, 'NODE_ENV') === 'production',
    publicBaseUrl: baseUrl(env, 'PUBLIC_BASE_URL'),
    graphqlRequestsPerMinute: count(env, 'GRAPHQL_REQUESTS_PER_MINUTE', 300, 1, 1_000_000),
    graphqlRequestsPerMinutePerPerson: count(
      env,
      'GRAPHQL_REQUESTS_PER_MINUTE_PER_PERSON',
      1200,
      1,
      1_000_000,
    ),
    graphqlMaxBodyBytes: count(env, 'GRAPHQL_MAX_BODY_BYTES', 262_144, 1024, 10_000_000),
    evidenceMaxBytes: count(env, 'EVIDENCE_MAX_BYTES', 10 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    evidenceDir: text(env, 'EVIDENCE_DIR'),
    graphqlRefusalDelayMs: count(env, 'GRAPHQL_REFUSAL_DELAY_MS', 500, 0, 10_000),
    passwordHashThreads: count(env, 'PASSWORD_HASH_THREADS', 0, 0, 16),
    passwordHashQueue: count(env, 'PASSWORD_HASH_QUEUE', 32, 1, 10_000),
    secretKey: secretKey(env),
    smtpUrl: smtpUrl(env),
    mailFrom: text(env, 'MAIL_FROM') ?? 'CHP Insight <no-reply@localhost>',
  };
}

let cached: Config | undefined;

/** The process configuration, read from the environment once. */
export function getConfig(): Config {
  cached ??= loadConfig();
  return cached;
}
