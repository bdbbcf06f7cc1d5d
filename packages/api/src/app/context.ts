import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { localDate } from '@chp/domain';
import { SESSION_COOKIE, tokenFromRequest, viewerForToken } from '../modules/auth/session.service';
import type { Viewer } from '../core/viewer';
import { createLoaders, type Loaders } from './loaders';

/**
 * What every resolver receives as `@Ctx()`. One object per request: the signed-in viewer and
 * the per-request DataLoaders live here, so batching and caching never leak between requests.
 */
export interface ChpContext {
  dataSource: DataSource;
  /** Quoted in logs and in masked error responses, to find one request's trail. */
  requestId: string;
  /** null when nobody is signed in. */
  viewer: Viewer | null;
  /** The session token this request came with, if any. */
  token: string | null;
  loaders: Loaders;
  /** The request's clock; tests inject a fixed one. */
  clock: () => Date;
  /** Today's date in Europe/London, by the request's clock. */
  today: string;
  /** Sets (or, with null, clears) the session cookie on the response. */
  setSessionCookie?: (token: string | null, expiresAt: Date | null) => void;
}

export interface ContextDependencies {
  dataSource: DataSource;
  clock?: () => Date;
}

/** A request id from a trusted proxy's `x-request-id` header (if well-formed), or a new one. */
export function requestIdFor(req?: Pick<Request, 'get'>): string {
  const given = req?.get('x-request-id');
  return given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

type ContextRequest = Pick<Request, 'get'> & { cookies?: Record<string, string>; secure?: boolean };

export async function createContext(
  deps: ContextDependencies,
  req?: ContextRequest,
  res?: Pick<Response, 'cookie' | 'clearCookie'>,
): Promise<ChpContext> {
  const clock = deps.clock ?? (() => new Date());
  const now = clock();
  const token = req ? tokenFromRequest(req) : null;
  const viewer = token ? await viewerForToken(deps.dataSource, token, now) : null;
  return {
    dataSource: deps.dataSource,
    requestId: requestIdFor(req),
    viewer,
    token: viewer ? token : null,
    loaders: createLoaders(deps.dataSource, viewer?.organisationIds ?? []),
    clock,
    today: localDate(now.toISOString()),
    setSessionCookie: res
      ? (value, expiresAt) => {
          if (value && expiresAt) {
            res.cookie(SESSION_COOKIE, value, {
              httpOnly: true,
              sameSite: 'lax',
              secure: req?.secure ?? false,
              expires: expiresAt,
              path: '/',
            });
          } else {
            res.clearCookie(SESSION_COOKIE, { path: '/' });
          }
        }
      : undefined,
  };
}
