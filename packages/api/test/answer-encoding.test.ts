import { describe, expect, it } from 'vitest';
import { answerEncoding } from '../src/app/server/graphql-http';

describe("a GraphQL answer's encoding, from the client's Accept-Encoding", () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
    ['identity', null],
    ['deflate', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (header, encoding) => {
    expect(answerEncoding(header)).toBe(encoding);
  });
});
