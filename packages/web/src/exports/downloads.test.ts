import { describe, expect, it } from 'vitest';
import { filtersFrom } from '../complaints/register-filters';
import { registerDownloadUrl, subjectAccessUrl } from './downloads';

describe('download addresses (docs/api.md, Downloads)', () => {
  it("passes the register's filters and order as the register's query does, without the page", () => {
    const filters = filtersFrom(
      new URLSearchParams(
        'search=Morag&serviceArea=a1&from=2026-02-01&sort=reference&dir=asc&page=3',
      ),
    );
    const url = new URL(registerDownloadUrl(filters, 'csv'), 'http://x');
    expect(url.pathname).toBe('/exports/register.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      search: 'Morag',
      serviceAreaId: 'a1',
      receivedFrom: '2026-02-01',
      sort: 'reference',
      direction: 'asc',
    });
  });

  it('passes a closure drill-down with its flags as true or false', () => {
    const filters = filtersFrom(new URLSearchParams('closedAt=stage1&within=0&mine=1'));
    const url = new URL(registerDownloadUrl(filters, 'xlsx'), 'http://x');
    expect(url.pathname).toBe('/exports/register.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      mine: 'true',
      closedAt: 'stage1',
      closedWithinTimescale: 'false',
    });
  });

  it('leaves out the closure period when no closure stage is chosen (it means nothing alone)', () => {
    const filters = filtersFrom(new URLSearchParams('closedFrom=2026-01-01'));
    expect(registerDownloadUrl(filters, 'csv')).toBe('/exports/register.csv');
  });

  it('names the subject of a subject access download', () => {
    expect(subjectAccessUrl({ personId: 'p-1' })).toBe('/exports/subject-access.zip?personId=p-1');
  });
});
