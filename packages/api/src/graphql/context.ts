import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';

/**
 * What every resolver receives as `@Ctx()`. One object per request: add the signed-in user and
 * the per-request DataLoaders here, so batching and caching never leak between requests.
 */
export interface ChpContext {
  dataSource: DataSource;
  /** Quoted in logs and in masked error responses, to find one request's trail. */
  requestId: string;
}

export interface ContextDependencies {
  dataSource: DataSource;
}

/** A request id from a trusted proxy's `x-request-id` header (if well-formed), or a new one. */
export function requestIdFor(req?: Pick<Request, 'get'>): string {
  const given = req?.get('x-request-id');
  return given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

export function createContext(deps: ContextDependencies, req?: Pick<Request, 'get'>): ChpContext {
  return { dataSource: deps.dataSource, requestId: requestIdFor(req) };
}
