import { HeaderMap } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Log } from '../log';

/** What a client is told to wait before trying again while the database is down. */
export const RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
const MESSAGE = 'The database is unavailable; try again shortly';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
// SQLSTATE class 08 (connection exception); 57P01-57P03: the server is shutting down or starting.
const SQLSTATES = /^(08...|57P0[1-3])$/;
const MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Connection is not established/i;

/** Is this the database being unreachable (not a bug, not bad input)? Follows driverError and cause. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
  };
  // TypeORM's follow-up when a transaction's connection died under it.
  if (typeof e.name === 'string' && /^QueryRunner(Provider)?AlreadyReleasedError$/.test(e.name))
    return true;
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SQLSTATES.test(e.code)))
    return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  if (
    error instanceof AggregateError &&
    error.errors.some((x) => isDatabaseUnavailable(x, depth + 1))
  )
    return true;
  return (
    isDatabaseUnavailable(e.driverError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1)
  );
}

/**
 * Whether the database answers, for the whole process: one line when it goes away (with the
 * reason), one when it is back (with how long it was gone). While it is down a probe asks it
 * `SELECT 1` every `probeMs`, and the HTTP gate answers 503 without touching it.
 */
export class DatabaseAvailability {
  private downSince: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Log,
    private readonly probeMs = 1000,
  ) {}

  get up(): boolean {
    return this.downSince === null;
  }

  markDown(reason: string): void {
    if (this.downSince !== null || this.stopped) return;
    this.downSince = performance.now();
    this.log.warn(`database unavailable (${reason}); answering 503 until it is back`);
    this.scheduleProbe();
  }

  markUp(): void {
    if (this.downSince === null) return;
    const seconds = ((performance.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = null;
    clearTimeout(this.timer);
    if (!this.stopped) this.log.info(`database available again after ${seconds} s`);
  }

  /**
   * Asks the database at once whether it answers, and marks it up only if it does. A restarted
   * PostgreSQL accepts connections before its crash recovery ends ("the database system is
   * starting up", 57P03): marked up on the restart alone, the next request marked it down again.
   */
  probeNow(): void {
    if (this.downSince === null || this.stopped) return;
    clearTimeout(this.timer);
    void this.probe();
  }

  /** Marks the database down when `error` says it is unreachable; returns whether it did. */
  report(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    const e = error as { code?: unknown; driverError?: { code?: unknown } };
    const code = e.driverError?.code ?? e.code;
    this.markDown(typeof code === 'string' ? code : 'connection lost');
    return true;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    if (this.stopped || this.downSince === null) return;
    this.timer = setTimeout(() => void this.probe(), this.probeMs);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    try {
      if (this.dataSource.isInitialized) {
        await this.dataSource.query('SELECT 1');
        this.markUp();
      }
    } catch {
      // still down
    }
    this.scheduleProbe();
  }
}

const watched = new WeakMap<DataSource, DatabaseAvailability>();

/** Starts tracking the database behind `dataSource` (the platform does, once). */
export function watchDatabase(dataSource: DataSource, log: Log): DatabaseAvailability {
  const availability = new DatabaseAvailability(dataSource, log);
  watched.set(dataSource, availability);
  return availability;
}

/** Whether `error` is the database being unreachable; if so, tells the tracker (when there is one). */
export function reportDatabaseError(dataSource: DataSource, error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  watched.get(dataSource)?.report(error);
  return true;
}

/** 503 + Retry-After, with a GraphQL-shaped body (or `body` as given). */
export function sendUnavailable(res: Response, body?: { type: string; text: string }): void {
  res.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).set('Cache-Control', 'no-store');
  if (body) res.type(body.type).send(body.text);
  else res.json({ errors: [{ message: MESSAGE, extensions: { code: DATABASE_UNAVAILABLE } }] });
}

/** Express middleware: while the database is known to be down, answer 503 at once. */
export function databaseGate(
  dataSource: DataSource,
  body?: { type: string; text: string },
): RequestHandler {
  return (_req, res, next) => {
    const availability = watched.get(dataSource);
    if (availability && !availability.up) sendUnavailable(res, body);
    else next();
  };
}

/** The GraphQL error for a request the database could not serve: HTTP 503 with Retry-After. */
export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(MESSAGE, {
    extensions: {
      code: DATABASE_UNAVAILABLE,
      http: {
        status: 503,
        headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]),
      },
    },
  });
}

export const databaseUnavailableFormatted = {
  message: MESSAGE,
  extensions: { code: DATABASE_UNAVAILABLE },
};
