import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/** A request id from a trusted proxy's `x-request-id` header (if well-formed), or a new one. */
export function requestIdFor(req?: Pick<Request, 'get'>): string {
  const given = req?.get('x-request-id');
  return given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}
