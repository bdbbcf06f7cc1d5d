import { describe, expect, it } from 'vitest';
import type { Request, Response } from 'express';
import { rateLimit } from '../src/surfaces/public/rate-limit';

/** Calls the limiter as Express would, for one request from `ip`; returns the status it answered (200 when it let it through). */
function call(limiter: ReturnType<typeof rateLimit>, ip: string) {
  const headers: Record<string, string> = {};
  let status = 200;
  const res = {
    setHeader: (k: string, v: string) => {
      headers[k.toLowerCase()] = v;
      return res;
    },
    status: (s: number) => {
      status = s;
      return res;
    },
    type: () => res,
    send: () => res,
  } as unknown as Response;
  let passed = false;
  limiter({ ip } as Request, res, () => {
    passed = true;
  });
  return { status: passed ? 200 : status, headers };
}

describe('the request budget of the public site (per address, fixed one-minute windows)', () => {
  it('lets an address make its budget of requests in a window, then answers 429 with Retry-After until the window ends', () => {
    let now = Date.parse('2026-11-23T10:00:15Z');
    const limiter = rateLimit({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3].map(() => call(limiter, '203.0.113.7').status)).toEqual([200, 200, 200]);
    const over = call(limiter, '203.0.113.7');
    expect(over.status).toBe(429);
    expect(over.headers['retry-after']).toBe('45');
    now = Date.parse('2026-11-23T10:00:59.500Z');
    expect(call(limiter, '203.0.113.7').headers['retry-after']).toBe('1');
  });

  it('a new window gives the address a fresh budget', () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const limiter = rateLimit({ limit: 2, windowMs: 60_000, now: () => now });
    call(limiter, '203.0.113.7');
    call(limiter, '203.0.113.7');
    expect(call(limiter, '203.0.113.7').status).toBe(429);
    now = Date.parse('2026-11-23T10:01:00Z');
    expect(call(limiter, '203.0.113.7').status).toBe(200);
  });

  it("one address over its budget does not use up another address's", () => {
    const limiter = rateLimit({ limit: 1, windowMs: 60_000, now: () => 0 });
    call(limiter, '203.0.113.7');
    expect(call(limiter, '203.0.113.7').status).toBe(429);
    expect(call(limiter, '198.51.100.2').status).toBe(200);
  });

  it('tells the client its budget and what is left of it', () => {
    const limiter = rateLimit({ limit: 5, windowMs: 60_000, now: () => 0 });
    call(limiter, '203.0.113.7');
    const { headers } = call(limiter, '203.0.113.7');
    expect(headers['ratelimit-limit']).toBe('5');
    expect(headers['ratelimit-remaining']).toBe('3');
  });
});
