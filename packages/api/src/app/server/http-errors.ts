import type { ErrorRequestHandler, Response } from 'express';
import type { Log } from '../../log';

/** body-parser's failures: which status and code each answers. */
const BODY_ERRORS: Record<
  string,
  { status: number; code: string; message: string; rule?: string }
> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The body is not valid JSON',
  },
  // every endpoint's byte cap (express.json's limit), /graphql's GRAPHQL_MAX_BODY_BYTES included
  'entity.too.large': {
    status: 413,
    code: 'BAD_USER_INPUT',
    rule: 'MAX_REQUEST_SIZE',
    message: 'The request body is too large',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The body encoding is not supported',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The body must be UTF-8',
  },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted' },
  'request.size.invalid': {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The body does not match its Content-Length',
  },
};

function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  rule?: string,
): void {
  res
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: rule ? { code, rule } : { code } }] });
}

/**
 * The last handler of the app: an error that reached Express (a malformed or oversized body, a
 * bug) answers a GraphQL-style JSON error, never Express's HTML page with its stack trace and
 * file paths. Only the error's kind is told; anything unexpected is logged and answers 500.
 */
export function jsonErrors(log: Log): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    const limit = (error as { limit?: unknown }).limit;
    if (known)
      return sendError(
        res,
        known.status,
        known.code,
        type === 'entity.too.large' && typeof limit === 'number'
          ? `${known.message} (the limit is ${limit} bytes).`
          : known.message,
        known.rule,
      );
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(res, status, 'BAD_REQUEST', 'The request could not be read');
    }
    log.error('unhandled request error', error);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
