import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { localDate } from '@chp/domain';
import { SESSION_COOKIE, sessionForToken, tokenFromRequest, type SignedIn } from '../modules/auth';
import { primeOrganisationCalendar } from '../modules/calendar';
import type { ChpContext } from '../core/context';
import { LoaderCache } from '../core/loaders';
import { requestIdFor } from '../core/request-id';
import { getConfig } from '../config';

export interface ContextDependencies {
  dataSource: DataSource;
  clock?: () => Date;
  /** Production mode: the session cookie is Secure even when the request came in over plain HTTP. */
  production?: boolean;
  /** The session already looked up for this request (by the request budget); undefined: look it up. */
  session?: SignedIn | null;
}

type ContextRequest = Pick<Request, 'get'> & {
  cookies?: Record<string, string>;
  secure?: boolean;
  ip?: string;
  socket?: { remoteAddress?: string };
};

export type { ChpContext };

/** The request's context: its viewer (from the session cookie), request id, clock and loaders. */
export async function createContext(
  deps: ContextDependencies,
  req?: ContextRequest,
  res?: Pick<Response, 'cookie' | 'clearCookie'>,
): Promise<ChpContext> {
  const clock = deps.clock ?? (() => new Date());
  const now = clock();
  const token = req ? tokenFromRequest(req) : null;
  const cookie = {
    httpOnly: true,
    sameSite: 'lax' as const,
    // Secure over HTTPS, and always in production (where a proxy may end TLS unannounced).
    secure: (req?.secure ?? false) || (deps.production ?? getConfig().production),
    path: '/',
  };
  const session =
    deps.session !== undefined
      ? deps.session
      : token
        ? await sessionForToken(deps.dataSource, token, now)
        : null;
  const viewer = session?.viewer ?? null;
  const loaders = new LoaderCache(
    deps.dataSource,
    viewer?.organisationIds ?? [],
    viewer?.figureOrganisationIds ?? [],
  );
  if (session)
    primeOrganisationCalendar(loaders, session.viewer.organisationId, session.organisationCalendar);
  return {
    dataSource: deps.dataSource,
    requestId: requestIdFor(req, getConfig().trustProxy > 0),
    viewer,
    token: viewer ? token : null,
    clientAddress: req ? (req.ip ?? req.socket?.remoteAddress ?? 'unknown') : undefined,
    loaders,
    clock,
    today: localDate(now.toISOString()),
    setSessionCookie: res
      ? (value, expiresAt) => {
          if (value && expiresAt) {
            res.cookie(SESSION_COOKIE, value, { ...cookie, expires: expiresAt });
          } else {
            res.clearCookie(SESSION_COOKIE, cookie);
          }
        }
      : undefined,
  };
}
