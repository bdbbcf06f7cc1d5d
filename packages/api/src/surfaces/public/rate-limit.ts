import type { RequestHandler } from 'express';

export interface RateLimitOptions {
  /** Requests one address may make in a window. */
  limit: number;
  windowMs: number;
  /** Tests pass a fake clock; defaults to Date.now. */
  now?: () => number;
}

/**
 * A fixed-window request limit per client address, in memory (one process). The public site
 * needs no sign-in, so it is the one part of the platform anybody can call in a loop; this keeps
 * one client from taking the database from everyone else. Over the limit: 429 with Retry-After.
 * Counters of past windows are dropped as each new window starts, so memory stays bounded by
 * the addresses seen in one window.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler & { reset(): void } {
  const now = options.now ?? Date.now;
  let windowStart = -1;
  let counts = new Map<string, number>();
  const handler: RequestHandler = (req, res, next) => {
    const t = now();
    const window = Math.floor(t / options.windowMs) * options.windowMs;
    if (window !== windowStart) {
      windowStart = window;
      counts = new Map();
    }
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    res.setHeader('RateLimit-Limit', String(options.limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, options.limit - used)));
    if (used > options.limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + options.windowMs - t) / 1000));
      res.status(429).setHeader('Retry-After', String(retryAfter));
      res.type('text/plain').send(`Too many requests. Please try again in ${retryAfter} seconds.`);
      return;
    }
    next();
  };
  return Object.assign(handler, {
    reset: () => {
      counts = new Map();
      windowStart = -1;
    },
  });
}
