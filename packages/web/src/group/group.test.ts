import { describe, expect, it } from 'vitest';
import type { Role } from '@chp/domain';
import { mayOpenFor, navigationForPerson, type Me } from '../auth/roles';
import { indicatorRows, monthRows, type ColumnFigures } from './group-rows';

const person = (role: Role, groupAccess: boolean, platformAdmin = false): Me => ({
  id: 'p1',
  name: 'Alasdair Reid',
  email: 'director@example.org',
  role,
  organisationId: 'o1',
  serviceAreaId: null,
  groupAccess,
  platformAdmin,
});

const bucket = (closed: number, upheld: number, partly: number, days: number | null) => ({
  closed,
  averageWorkingDays: days,
  withinTimescaleShare: closed ? 0.5 : null,
  extendedShare: closed ? 0.25 : null,
  outcomes: { upheld: { count: upheld }, partiallyUpheld: { count: partly } },
});

const figures = (received: number, s1: number, s2: number): ColumnFigures => ({
  received,
  receivedPerThousand: null,
  closed: s1 + s2,
  stages: {
    stage1: bucket(s1, 1, 1, 4),
    stage2Direct: bucket(s2, 0, 0, 18),
    stage2Escalated: bucket(0, 0, 0, null),
  },
  stage2: bucket(s2, 0, 0, 18),
});

describe('the Group page and who sees it (docs/architecture.md, Organisations and groups)', () => {
  it('shows the Group page to a reader of the figures with group access, and to no one else', () => {
    expect(navigationForPerson(person('senior_manager', true)).map((i) => i.label)).toContain(
      'Group',
    );
    expect(navigationForPerson(person('senior_manager', false)).map((i) => i.label)).not.toContain(
      'Group',
    );
    // staff do not read figures, group access or not
    expect(mayOpenFor(person('staff', true), '/group')).toBe(false);
    expect(mayOpenFor(person('manager', true), '/group')).toBe(true);
  });

  it('shows the Platform page to the platform administrator only', () => {
    expect(navigationForPerson(person('admin', false, true)).map((i) => i.label)).toContain(
      'Platform',
    );
    expect(mayOpenFor(person('admin', false, false), '/platform')).toBe(false);
  });

  it('lays the indicators out side by side: one column per organisation, the group first (SPSO indicators A-F)', () => {
    const rows = indicatorRows([figures(30, 8, 2), figures(20, 5, 1), figures(10, 3, 1)]);
    expect(rows[0]).toEqual(['A: complaints received', '30', '20', '10']);
    expect(rows.find((r) => r[0] === 'B: closed at stage 1')).toEqual([
      'B: closed at stage 1',
      '8',
      '5',
      '3',
    ]);
    // C: upheld and partially upheld together, of the stage's closures: 2 of 8 = 25%
    expect(rows.find((r) => r[0] === 'C: stage 1 upheld or partially upheld')?.[1]).toBe('25%');
    expect(rows.find((r) => r[0] === 'A: received per 1,000')?.[1]).toBe('No population');
  });

  it('lays the months out with the group first and each member beside it', () => {
    const rows = monthRows(
      [{ period: { label: 'Apr 2026' }, received: 9, closed: 7 }],
      [{ months: [{ received: 6, closed: 4 }] }, { months: [{ received: 3, closed: 3 }] }],
      'received',
    );
    expect(rows).toEqual([['Apr 2026', '9', '6', '3']]);
  });
});
