import { expect } from 'vitest';
import { serviceAreaNames, type Answer } from './outage-load';

/** Every write answered 200 or 503, some 503, and each 503 with Retry-After: 5 (never a 500). */
export function expectWritesUnavailableNever500(answers: Answer[]): void {
  const writes = answers.filter((a) => a.surface === 'write');
  expect(writes.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
  const unavailable = writes.filter((a) => a.status === 503);
  expect(unavailable.length).toBeGreaterThan(0);
  expect(unavailable.every((a) => a.retryAfter === '5')).toBe(true);
}

/** Every service area whose creation was acknowledged is there after the outage. */
export async function expectAcknowledgedWritesKept(
  url: string,
  token: string,
  acknowledged: string[],
): Promise<void> {
  expect(acknowledged.length).toBeGreaterThan(0);
  const names = new Set(await serviceAreaNames(url, token));
  expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
}

/** The outage logged in at most 4 lines: down once, back once with its duration, no stack. */
export function expectOutageLoggedBriefly(outageLog: string): string[] {
  const lines = outageLog.split('\n').filter((l) => l.trim() !== '');
  expect(lines.length, outageLog).toBeLessThanOrEqual(4);
  expect(lines.filter((l) => l.includes('database unavailable'))).toHaveLength(1);
  expect(lines.filter((l) => /database available again after [\d.]+ s/.test(l))).toHaveLength(1);
  expect(outageLog).not.toMatch(/^\s+at /m);
  return lines;
}
