import { describe, expect, it } from 'vitest';
import { invitationProblems, personChanges, ROLE_OPTIONS } from './staff-changes';

describe('the staff forms (docs/procedure.md, Accounts)', () => {
  it('offers every role with the label staff screens use', () =>
    expect(ROLE_OPTIONS.find(([r]) => r === 'staff')).toEqual(['staff', 'Action owner']));

  it('sends only the role when only the role changed', () =>
    expect(
      personChanges(
        { role: 'handler', serviceArea: { id: 'repairs' } },
        { role: 'manager', serviceAreaId: 'repairs' },
      ),
    ).toEqual({ role: 'manager' }));

  it('an empty service area choice takes the person out of their area (null)', () =>
    expect(
      personChanges(
        { role: 'handler', serviceArea: { id: 'repairs' } },
        { role: 'handler', serviceAreaId: '' },
      ),
    ).toEqual({ serviceAreaId: null }));

  it('nothing changed: nothing to send', () =>
    expect(
      personChanges({ role: 'handler', serviceArea: null }, { role: 'handler', serviceAreaId: '' }),
    ).toBeNull());

  it('an invitation needs a name and an e-mail address', () =>
    expect(invitationProblems({ name: ' ', email: 'isla' })).toEqual({
      name: 'Enter their name.',
      email: 'Enter their e-mail address, like name@example.org.',
    }));

  it('a complete invitation has no problems', () =>
    expect(invitationProblems({ name: 'Isla Reid', email: 'isla@clyde.example' })).toEqual({}));
});
