import { describe, expect, it } from 'vitest';
import {
  checkTold,
  nameableStaff,
  nextUpdateState,
  supportContactChoices,
  toldSummary,
  updatesSummary,
  type StaffMemberView,
} from './staff-panel';

const member: StaffMemberView = {
  personId: 'officer-a',
  person: { name: 'Officer A' },
  toldAt: null,
  toldHow: null,
  shared: null,
  notSharedReason: null,
  supportContact: null,
  updates: [],
  nextUpdateDue: null,
  responseSharedOn: null,
};

const people = [
  { id: 'officer-a', name: 'Officer A', active: true },
  { id: 'manager-b', name: 'Manager B', active: true },
  { id: 'leaver-c', name: 'Leaver C', active: false },
];

describe('the staff complained about panel', () => {
  it('says a member of staff not yet told is not yet told (§48)', () =>
    expect(toldSummary(member)).toBe('Not yet told'));

  it('says when, how and what was shared (§48)', () =>
    expect(
      toldSummary({
        ...member,
        toldAt: '2026-03-02T10:00:00Z',
        toldHow: 'phone',
        shared: 'summary',
      }),
    ).toBe('Told 2 Mar 2026 by phone: a summary'));

  it('gives the compelling reason when nothing was shared (§48)', () =>
    expect(
      toldSummary({
        ...member,
        toldAt: '2026-03-02T10:00:00Z',
        toldHow: 'letter',
        shared: 'nothing',
        notSharedReason: 'Police inquiry',
      }),
    ).toBe('Told 2 Mar 2026 by letter: nothing shared (Police inquiry)'));

  it('counts the updates to the member of staff and names the latest (§62)', () =>
    expect(
      updatesSummary({
        ...member,
        updates: [
          { at: '2026-04-20T09:00:00Z', how: 'email' },
          { at: '2026-05-18T09:00:00Z', how: 'phone' },
        ],
      }),
    ).toBe('2 updates, the latest 18 May 2026 (phone)'));

  it('marks the next update overdue the day after it was due (§62)', () => {
    expect(nextUpdateState({ nextUpdateDue: '2026-04-27' }, '2026-04-28')).toBe('overdue');
    expect(nextUpdateState({ nextUpdateDue: '2026-04-27' }, '2026-04-27')).toBe('today');
    expect(nextUpdateState({ nextUpdateDue: '2026-04-27' }, '2026-04-20')).toBe('coming');
    expect(nextUpdateState({ nextUpdateDue: null }, '2026-04-20')).toBeNull();
  });

  it('offers only active staff not yet named', () =>
    expect(nameableStaff(people, ['officer-a']).map((p) => p.id)).toEqual(['manager-b']));

  it('offers any active colleague as support contact but the member of staff (§48: the API refuses the investigator)', () =>
    expect(supportContactChoices(people, 'officer-a').map((p) => p.id)).toEqual(['manager-b']));

  it('asks for the compelling reason when nothing is shared, by the domain rule (§48)', () =>
    expect(checkTold({ how: 'phone', shared: 'nothing', notSharedReason: ' ' })).toEqual({
      notSharedReason: expect.stringContaining('compelling reason'),
    }));

  it('asks how and what when they are missing (§48)', () =>
    expect(Object.keys(checkTold({ how: '', shared: '', notSharedReason: '' }))).toEqual([
      'how',
      'shared',
    ]));

  it('accepts a summary shared by phone (§48)', () =>
    expect(checkTold({ how: 'phone', shared: 'summary', notSharedReason: '' })).toEqual({}));
});
