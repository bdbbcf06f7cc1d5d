import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';
import type { Log } from '../log';
import { statementText } from './prepared-statements';

/**
 * Counts every SQL statement TypeORM sends, so tests can hold a request's statement count
 * constant as the number of rows grows (no N+1 queries).
 *
 * - `statementCount()` / `resetStatementCount()`: a process-wide running total.
 * - `countStatements(work)`: the statements sent by `work` and everything it awaits, even while
 *   other work runs concurrently (AsyncLocalStorage scope).
 * - `runInStatementScope(scope, fn)`: the same, for a caller that owns the scope object
 *   (the HTTP layer reports it per request).
 */
export interface StatementScope {
  count: number;
}

const scopes = new AsyncLocalStorage<StatementScope>();
let total = 0;

export function statementCount(): number {
  return total;
}

export function resetStatementCount(): void {
  total = 0;
}

/** The scope of the current async context, if any. */
export function currentStatementScope(): StatementScope | undefined {
  return scopes.getStore();
}

export function runInStatementScope<T>(scope: StatementScope, fn: () => T): T {
  return scopes.run(scope, fn);
}

export async function countStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const scope: StatementScope = { count: 0 };
  const result = await scopes.run(scope, work);
  return { result, statements: scope.count };
}

function recordStatement(): void {
  total++;
  const scope = scopes.getStore();
  if (scope) scope.count++;
}

/** The TypeORM logger used by every DataSource: counts statements, reports failures and slow queries. */
export class StatementCountingLogger implements Logger {
  constructor(private readonly out?: Log) {}

  logQuery(query: string, parameters?: unknown[]): void {
    recordStatement();
    this.out?.debug(`sql: ${statementText(query)}`, parameters?.length ? parameters : undefined);
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.out?.debug(
      `sql failed: ${statementText(query)} ${String(error)}`,
      parameters?.length ? parameters : undefined,
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.out?.warn(`slow sql (${time} ms): ${statementText(query)}`);
  }

  logSchemaBuild(message: string): void {
    this.out?.debug(message);
  }

  logMigration(message: string): void {
    this.out?.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (level === 'warn') this.out?.warn(String(message));
    else this.out?.debug(String(message));
  }
}
