import { describe, expect, it } from 'vitest';
import {
  assertInvestigatorNotNamed,
  assertStaffTold,
  assertSupportContactApart,
  nextStageTwoUpdateDue,
  stageTwoUpdatesOwed,
} from '../src';
import { codeOf } from './helpers';

describe('the investigator is not a member of staff named in the complaint (§37)', () => {
  it('refuses a named person as the stage 2 investigator (§37)', () =>
    expect(
      codeOf(() =>
        assertInvestigatorNotNamed({
          stage: 2,
          handlerId: 'officer-a',
          namedStaffIds: ['officer-a'],
        }),
      ),
    ).toBe('INVESTIGATOR_NAMED_IN_COMPLAINT'));
  it('lets a person not named investigate (§37)', () =>
    expect(
      codeOf(() =>
        assertInvestigatorNotNamed({
          stage: 2,
          handlerId: 'manager-b',
          namedStaffIds: ['officer-a'],
        }),
      ),
    ).toBe('NO_ERROR'));
  it('lets the person complained about respond at stage 1 (§21)', () =>
    expect(
      codeOf(() =>
        assertInvestigatorNotNamed({
          stage: 1,
          handlerId: 'officer-a',
          namedStaffIds: ['officer-a'],
        }),
      ),
    ).toBe('NO_ERROR'));
  it('names the field the caller gives (§37)', () => {
    try {
      assertInvestigatorNotNamed(
        { stage: 2, handlerId: 'officer-a', namedStaffIds: ['officer-a'] },
        'personId',
      );
    } catch (e) {
      expect((e as { details: unknown }).details).toEqual({ field: 'personId' });
    }
  });
});

describe('the support contact is neither the investigator nor the person signing off (§48)', () => {
  const people = {
    staffMemberId: 'officer-a',
    supportContactId: 'colleague-c',
    investigatorId: 'manager-b',
    signOffIds: ['senior-d'],
  };
  it('accepts a colleague apart from the complaint (§48)', () =>
    expect(codeOf(() => assertSupportContactApart(people))).toBe('NO_ERROR'));
  it('refuses the investigator as the support contact (§48)', () =>
    expect(
      codeOf(() => assertSupportContactApart({ ...people, supportContactId: 'manager-b' })),
    ).toBe('SUPPORT_CONTACT_INVESTIGATES'));
  it('refuses the person signing off as the support contact (§48)', () =>
    expect(
      codeOf(() => assertSupportContactApart({ ...people, supportContactId: 'senior-d' })),
    ).toBe('SUPPORT_CONTACT_SIGNS_OFF'));
  it('refuses the member of staff as their own support contact (§48)', () =>
    expect(
      codeOf(() => assertSupportContactApart({ ...people, supportContactId: 'officer-a' })),
    ).toBe('SUPPORT_CONTACT_IS_STAFF_MEMBER'));
});

describe('what a member of staff complained about was told (§48)', () => {
  it('needs the compelling reason when nothing of the complaint was shared (§48)', () =>
    expect(
      codeOf(() => assertStaffTold({ how: 'phone', shared: 'nothing', notSharedReason: '  ' })),
    ).toBe('NOT_SHARED_NEEDS_REASON'));
  it('keeps the reason when nothing was shared (§48)', () =>
    expect(
      assertStaffTold({ how: 'letter', shared: 'nothing', notSharedReason: ' police inquiry ' }),
    ).toEqual({ how: 'letter', shared: 'nothing', notSharedReason: 'police inquiry' }));
  it('drops a reason given with the complaint shared in full (§48)', () =>
    expect(
      assertStaffTold({ how: 'in_person', shared: 'in_full', notSharedReason: 'none' })
        .notSharedReason,
    ).toBeNull());
  it('refuses an unknown way of telling (§48)', () =>
    expect(
      codeOf(() =>
        assertStaffTold({ how: 'pigeon' as never, shared: 'summary', notSharedReason: null }),
      ),
    ).toBe('INVALID_STAFF_CONTACT_METHOD'));
  it('refuses an unknown sharing (§48)', () =>
    expect(
      codeOf(() =>
        assertStaffTold({ how: 'phone', shared: 'half' as never, notSharedReason: null }),
      ),
    ).toBe('INVALID_STAFF_SHARING'));
});

/** Day 20 is Monday 27 April 2026; the stage 2 is extended to 30 June. */
const extended = { dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: null };

describe('updates to the customer and to staff are counted apart (§62)', () => {
  it('still owes the staff member an update when only the customer was updated (§62)', () => {
    const owed = stageTwoUpdatesOwed(extended, {
      customer: ['2026-05-20'],
      staff: [{ personId: 'officer-a', updatesSentOn: [] }],
    });
    // 20 working days after day 20 (past the 25 May bank holiday); the customer's after 20 May
    expect(owed?.staff).toEqual([{ personId: 'officer-a', dueOn: '2026-05-27' }]);
    expect(owed?.customer).toBe('2026-06-18');
  });
  it('owes each named member of staff their own update (§62)', () => {
    const owed = stageTwoUpdatesOwed(extended, {
      customer: [],
      staff: [
        { personId: 'officer-a', updatesSentOn: ['2026-05-20'] },
        { personId: 'officer-b', updatesSentOn: [] },
      ],
    });
    expect(owed?.staff.map((s) => s.dueOn)).toEqual(['2026-06-18', '2026-05-27']);
  });
  it('makes the earliest owed the next update due (§62)', () =>
    expect(
      nextStageTwoUpdateDue(extended, {
        customer: ['2026-05-20'],
        staff: [{ personId: 'officer-a', updatesSentOn: [] }],
      }),
    ).toBe('2026-05-27'));
  it('owes nothing when the stage 2 was not extended (§62)', () =>
    expect(
      stageTwoUpdatesOwed(
        { ...extended, extendedDueOn: null },
        { customer: [], staff: [{ personId: 'officer-a', updatesSentOn: [] }] },
      ),
    ).toBeNull());
  it('counts an update sent before day 20 from day 20 (§62)', () =>
    expect(
      stageTwoUpdatesOwed(extended, {
        customer: [],
        staff: [{ personId: 'officer-a', updatesSentOn: ['2026-04-10'] }],
      })?.staff[0]?.dueOn,
    ).toBe('2026-05-27'));
});
