import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, passwordProblem, ruleMessage } from '../src';

const COMMON = new Set(['password', 'letmein', 'qwertyuiop', 'iloveyou', '1q2w3e4r5t6y']);
const ann = { name: 'Ann Fairlie-McBride', email: 'a.mcbride@clyde-ha.example' };
const check = (password: string) => passwordProblem(password, ann, COMMON);

describe('staff passwords (docs/procedure.md, Accounts)', () => {
  it(`is at least ${PASSWORD_MIN_LENGTH} characters: 11 is refused, 12 accepted`, () => {
    expect(check('tulip-garden')).toBeNull();
    expect(check('tulip-garde')).toBe('minLength');
  });

  it('is refused when it is on the list of common passwords, whatever its case', () =>
    expect(check('1Q2W3E4R5T6Y')).toBe('commonPassword'));

  it('is refused when it is a common password with digits around it', () =>
    expect(check('Password2026!')).toBe('commonPassword'));

  it('is refused when it is a common password with spaces in it', () =>
    expect(check('i love you !!')).toBe('commonPassword'));

  it('is refused when it is one common password said twice', () =>
    expect(check('letmeinletmein')).toBe('commonPassword'));

  it("is refused when it contains a part of the person's name, in any case", () =>
    expect(check('FAIRLIE rules the roost')).toBe('containsName'));

  it("is refused when it contains the person's e-mail address or its name part", () => {
    expect(check('a.mcbride@clyde-ha.example')).toBe('containsEmail');
    expect(check('xx-mcbride-2026-xx')).toBe('containsEmail');
  });

  it('ignores name parts shorter than three letters ("Jo Li" does not forbid "jolly")', () =>
    expect(
      passwordProblem('jolly lighthouse', { name: 'Jo Li', email: 'jl@x.example' }, COMMON),
    ).toBeNull());

  it('a long passphrase unrelated to the person is accepted', () =>
    expect(check('correct horse battery staple')).toBeNull());

  it('every problem has a message to show', () => {
    for (const code of [
      'minLength',
      'maxLength',
      'commonPassword',
      'containsName',
      'containsEmail',
    ])
      expect(ruleMessage(code)).toBeTruthy();
  });
});

describe('sign-in throttling message (docs/procedure.md, Accounts)', () => {
  it('says how many minutes to wait', () =>
    expect(ruleMessage('SIGN_IN_THROTTLED', { waitMinutes: 15 })).toMatch(
      /^Too many attempts to sign in\. Try again in 15 minutes,/,
    ));
  it('says one minute, not one minutes', () =>
    expect(ruleMessage('SIGN_IN_THROTTLED', { waitMinutes: 1 })).toMatch(/in 1 minute,/));
});
