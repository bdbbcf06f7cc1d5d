import {
  displayDate,
  londonDateTime,
  passwordProblem,
  ruleMessage,
  type PasswordOwner,
} from '@chp/domain';

/** The token of a password link: `/set-password#token=…` (in the fragment, never sent to the server with the page). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,200}$/.test(token) ? token : null;
}

/**
 * What the set-password form says before sending: the domain's password rules that need no list
 * (length, the person's own name and e-mail; the API also checks the common passwords), and the
 * repeat matching. Messages by field; empty when the form may be sent.
 */
export function newPasswordProblems(
  password: string,
  repeat: string,
  owner: PasswordOwner,
): Record<string, string> {
  if (!password) return { password: 'Enter a new password.' };
  const problem = passwordProblem(password, owner, new Set());
  if (problem) return { password: ruleMessage(problem, { field: 'password' })! };
  if (repeat !== password) return { repeat: 'The two passwords are not the same.' };
  return {};
}

/** When a link stops working, in London time: '9 Mar 2026 at 10:00'. */
export function linkExpiry(instant: string): string {
  const { date, time } = londonDateTime(instant);
  return `${displayDate(date)} at ${time}`;
}
