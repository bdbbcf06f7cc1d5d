import { describe, expect, it } from 'vitest';
import { keepsAnAdministrator, type StaffMember } from '../src';

const ann: StaffMember = { id: 'ann', role: 'admin', active: true };
const bob: StaffMember = { id: 'bob', role: 'admin', active: true };
const cal: StaffMember = { id: 'cal', role: 'manager', active: true };

describe('an organisation keeps an active administrator (docs/procedure.md, Accounts)', () => {
  it('the last administrator may not be deactivated', () =>
    expect(keepsAnAdministrator([ann, cal], { id: 'ann', active: false })).toBe(false));

  it('the last administrator may not be made a manager', () =>
    expect(keepsAnAdministrator([ann, cal], { id: 'ann', role: 'manager' })).toBe(false));

  it('one of two administrators may be deactivated', () =>
    expect(keepsAnAdministrator([ann, bob, cal], { id: 'ann', active: false })).toBe(true));

  it('a deactivated administrator does not count', () =>
    expect(
      keepsAnAdministrator([ann, { ...bob, active: false }], { id: 'ann', role: 'handler' }),
    ).toBe(false));

  it('changing someone who is not an administrator never leaves the organisation without one', () =>
    expect(keepsAnAdministrator([ann, cal], { id: 'cal', active: false })).toBe(true));

  it('making a manager an administrator before stepping down keeps one', () =>
    expect(
      keepsAnAdministrator([{ ...ann, role: 'manager' }, cal], { id: 'cal', role: 'admin' }),
    ).toBe(true));
});
