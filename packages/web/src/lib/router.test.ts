import { describe, expect, it } from 'vitest';
import { matchPath, queryString, splitLocation } from './router';

describe('the router', () => {
  it('matches a path with parameters', () => {
    expect(matchPath('/complaints/:id', '/complaints/4f2a')).toEqual({ id: '4f2a' });
    expect(matchPath('/complaints/:id', '/complaints')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/actions/mine', '/actions/mine/')).toEqual({});
    expect(matchPath('/actions/:id', '/actions/mine')).toEqual({ id: 'mine' });
  });

  it('builds a query string from the filters that are set', () => {
    expect(
      queryString({ status: 'open', stage: 2, search: '', page: null, overdue: true, mine: false }),
    ).toBe('?status=open&stage=2&overdue=true');
    expect(queryString({})).toBe('');
  });

  it('splits an address into its path and query', () => {
    const l = splitLocation('/complaints?deadline=overdue');
    expect(l.pathname).toBe('/complaints');
    expect(l.query.get('deadline')).toBe('overdue');
  });
});
