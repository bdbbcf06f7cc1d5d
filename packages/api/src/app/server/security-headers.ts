import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { PUBLIC_STYLE_SOURCE } from '../../surfaces/public/html';

/**
 * The dashboard's Content-Security-Policy: its own scripts, styles and API only (the built
 * index.html has no inline script or style), never framed. The public site replaces it with its
 * stricter one (no script at all, see surfaces/public/html.ts). The public site's stylesheet is
 * allowed by its hash: the approver's preview shows the public page in a sandboxed frame, which
 * inherits this policy.
 */
export const DASHBOARD_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", PUBLIC_STYLE_SOURCE],
  // The favicon is an empty data: URL.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every response (helmet): the CSP above, X-Content-Type-Options: nosniff,
 * Referrer-Policy: no-referrer, X-Frame-Options: DENY and helmet's other defaults. HSTS is left
 * to the TLS-terminating proxy, which knows whether the site is served over HTTPS.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: DASHBOARD_CSP },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
  });
}
