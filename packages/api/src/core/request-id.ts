import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/**
 * The request's id: a trusted proxy's `x-request-id` header (if well-formed) when `fromProxy`
 * (TRUST_PROXY is set), else a new one. A client's own header is never believed or echoed.
 */
export function requestIdFor(req?: Pick<Request, 'get'>, fromProxy = false): string {
  const given = fromProxy ? req?.get('x-request-id') : undefined;
  return given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}
