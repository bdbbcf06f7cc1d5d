import { randomBytes } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../auth';
import type { Log } from '../../log';
import { SsoRefused } from './sso.errors';
import { ATTEMPT_MINUTES, finishSingleSignOn, startSingleSignOn } from './sso-sign-in.service';
import { CALLBACK_PATH } from './sso-settings.types';

export const START_PATH = '/auth/oidc/start';
/** Binds a sign-in's state to the browser that started it (login CSRF). */
const ATTEMPT_COOKIE = 'chp_sso_attempt';

export interface SingleSignOnRouteOptions {
  dataSource: DataSource;
  log: Log;
  clock?: () => Date;
  production: boolean;
  /** PUBLIC_BASE_URL: the redirect URI is built on it; else on the request's own address. */
  publicBaseUrl: string | null;
}

/**
 * Sign-in through the organisation's directory (docs/procedure.md, Accounts: single sign-on):
 * POST /auth/oidc/start (a form with the e-mail) sends the browser to the directory (or, asked
 * for JSON, answers `{ location }` or `{ refusal }`); the
 * directory sends it back to GET /auth/oidc/callback, which opens the session and goes to the
 * dashboard, or goes back to the sign-in page with `?sso=<refusal>`. The log names the refusal,
 * its technical reason and the organisation; never the person.
 */
export function singleSignOnRoutes(options: SingleSignOnRouteOptions): Router {
  const router = express.Router();
  const clock = options.clock ?? (() => new Date());
  const cookieOptions = (req: Request) => ({
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: req.secure || options.production,
  });
  const siteAddress = (req: Request) =>
    options.publicBaseUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  const refuse = (res: Response, error: unknown, asJson = false) => {
    if (!(error instanceof SsoRefused)) throw error;
    options.log.info(`single sign-on refused: ${error.refusal} (${error.reason})`);
    if (asJson) res.json({ refusal: error.refusal });
    else res.redirect(303, `/?sso=${error.refusal}`);
  };

  router.post(
    START_PATH,
    express.urlencoded({ extended: false, limit: '2kb' }),
    async (req: Request, res: Response) => {
      const body = req.body as Record<string, unknown> | undefined;
      const email = typeof body?.email === 'string' ? body.email.trim().slice(0, 254) : '';
      const browserToken = randomBytes(32).toString('base64url');
      // The dashboard asks for JSON and goes to the directory itself: its CSP (form-action
      // 'self') would stop a form's redirect to another site. A plain form gets the redirect.
      const asJson = req.accepts(['html', 'json']) === 'json';
      try {
        const url = await startSingleSignOn(options.dataSource, {
          email,
          browserToken,
          redirectUri: `${siteAddress(req)}${CALLBACK_PATH}`,
          now: clock(),
        });
        res.cookie(ATTEMPT_COOKIE, browserToken, {
          ...cookieOptions(req),
          path: '/auth/oidc',
          maxAge: ATTEMPT_MINUTES * 60_000,
        });
        if (asJson) res.json({ location: url.href });
        else res.redirect(303, url.href);
      } catch (error) {
        refuse(res, error, asJson);
      }
    },
  );

  router.get(CALLBACK_PATH, async (req: Request, res: Response) => {
    const browserToken = cookieValue(req.get('cookie'), ATTEMPT_COOKIE);
    res.clearCookie(ATTEMPT_COOKIE, { ...cookieOptions(req), path: '/auth/oidc' });
    try {
      const session = await finishSingleSignOn(options.dataSource, {
        callbackUrl: new URL(req.originalUrl, siteAddress(req)),
        browserToken,
        now: clock(),
      });
      res.cookie(SESSION_COOKIE, session.token, {
        ...cookieOptions(req),
        path: '/',
        expires: session.expiresAt,
      });
      res.redirect(303, '/');
    } catch (error) {
      refuse(res, error);
    }
  });
  return router;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      const v = value.join('=');
      return /^[\w-]{20,200}$/.test(v) ? v : null;
    }
  }
  return null;
}
