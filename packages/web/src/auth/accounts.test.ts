import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { linkExpiry, newPasswordProblems, tokenFromHash } from './password-link';
import { signInMessage } from './sign-in-messages';
import { singleSignOnRefusal } from './SingleSignOnForm';

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('sign-in answers (docs/procedure.md, Accounts)', () => {
  it('too many failed sign-ins: says how many minutes to wait', () => {
    const { field, message } = signInMessage(
      apiError('x', {
        code: 'RATE_LIMITED',
        rule: 'SIGN_IN_THROTTLED',
        retryAfter: 840,
        waitMinutes: 14,
      }),
    );
    expect(field).toBeNull();
    expect(message).toMatch(/^Too many attempts to sign in\. Try again in 14 minutes,/);
  });

  it('a wrong e-mail or password: one message that does not say which', () =>
    expect(signInMessage(apiError('x', { code: 'UNAUTHENTICATED' })).message).toBe(
      'The e-mail address or password is wrong. Check them and try again.',
    ));
});

describe('the set-password page (docs/procedure.md, Accounts)', () => {
  const owner = { name: 'Iona Newcomer', email: 'iona.n@clyde.example' };

  it('reads the token from the fragment only when it looks like one', () => {
    expect(tokenFromHash('#token=abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE')).toBe(
      'abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE',
    );
    expect(tokenFromHash('#token=short')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it('says before sending when the password contains the person’s name', () =>
    expect(newPasswordProblems('newcomer to the team', 'newcomer to the team', owner)).toEqual({
      password: 'The password must not contain your name. Choose another.',
    }));

  it('asks for the same password twice', () =>
    expect(newPasswordProblems('heather on the hill', 'heather on the hil', owner)).toEqual({
      repeat: 'The two passwords are not the same.',
    }));

  it('a good password twice has no problem', () =>
    expect(newPasswordProblems('heather on the hill', 'heather on the hill', owner)).toEqual({}));

  it('shows when the link stops working in London time (10:00 UTC in summer is 11:00)', () =>
    expect(linkExpiry('2026-06-09T10:00:00.000Z')).toBe('9 Jun 2026 at 11:00'));
});

describe('single sign-on refusals on the sign-in page (docs/procedure.md, Accounts: single sign-on)', () => {
  it('a deactivated person is told their access was turned off', () =>
    expect(singleSignOnRefusal('?sso=SSO_PERSON_DEACTIVATED')).toMatch(/turned off/));
  it('an e-mail domain without single sign-on is sent to the password form', () =>
    expect(singleSignOnRefusal('?sso=SSO_NOT_SET_UP')).toMatch(/password/));
  it('anything else in the address is not shown', () => {
    expect(singleSignOnRefusal('?sso=<script>')).toBeNull();
    expect(singleSignOnRefusal('?sso=STALE_VERSION')).toBeNull();
    expect(singleSignOnRefusal('')).toBeNull();
  });
});
