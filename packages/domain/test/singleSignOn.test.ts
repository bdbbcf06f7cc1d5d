import { describe, expect, it } from 'vitest';
import {
  directoryRole,
  emailDomainAllowed,
  grantsMore,
  isEmailDomain,
  roleOnLaterSignIn,
} from '../src';

describe('the role a directory gives (docs/procedure.md, Accounts: single sign-on)', () => {
  const mapping = [
    { group: 'chp-managers', role: 'manager' as const },
    { group: 'chp-handlers', role: 'handler' as const },
  ];
  it('the first line of the mapping the person belongs to wins, in the administrator order', () =>
    expect(directoryRole(['chp-handlers', 'chp-managers'], mapping, null)).toBe('manager'));
  it('no matching group gives the default role', () =>
    expect(directoryRole(['finance'], mapping, 'staff')).toBe('staff'));
  it('no matching group and no default role refuses (null)', () =>
    expect(directoryRole([], mapping, null)).toBeNull());
});

describe('a later sign-in never raises a role (docs/procedure.md, Accounts: single sign-on)', () => {
  it('a manager role from the directory does not raise a stored handler', () =>
    expect(roleOnLaterSignIn('handler', 'manager')).toEqual({
      role: 'handler',
      change: 'raiseRefused',
      directoryRole: 'manager',
    }));
  it('communications does not replace a handler: it grants publishing, which a handler lacks', () =>
    expect(roleOnLaterSignIn('handler', 'communications').change).toBe('raiseRefused'));
  it('a strictly lower role from the directory applies (a manager moved to handlers)', () =>
    expect(roleOnLaterSignIn('manager', 'handler')).toEqual({
      role: 'handler',
      change: 'lowered',
      from: 'manager',
    }));
  it('the same role changes nothing', () =>
    expect(roleOnLaterSignIn('staff', 'staff')).toEqual({ role: 'staff', change: 'none' }));
  it('roles are not a ladder: admin and senior manager each grant something the other lacks (§65)', () => {
    expect(grantsMore('admin', 'senior_manager')).toBe(true);
    // a senior manager signs off stage 2 responses (§65), which the administrator does not
    expect(grantsMore('senior_manager', 'admin')).toBe(true);
    expect(grantsMore('handler', 'manager')).toBe(false);
  });
});

describe('allowed e-mail domains (docs/procedure.md, Accounts: single sign-on)', () => {
  it('matches the domain exactly, whatever its case', () =>
    expect(emailDomainAllowed('Ann@Clyde-HA.org.uk', ['clyde-ha.org.uk'])).toBe(true));
  it('a sub-domain is not the listed domain', () =>
    expect(emailDomainAllowed('ann@mail.clyde-ha.org.uk', ['clyde-ha.org.uk'])).toBe(false));
  it('a look-alike ending is refused', () =>
    expect(emailDomainAllowed('ann@evilclyde-ha.org.uk', ['clyde-ha.org.uk'])).toBe(false));
  it('a domain is letters, digits, hyphens and dots with a top-level part', () => {
    expect(isEmailDomain('clyde-ha.org.uk')).toBe(true);
    expect(isEmailDomain('localhost')).toBe(false);
    expect(isEmailDomain('a@b.com')).toBe(false);
  });
});
