import { ruleMessage } from '@chp/domain';
import { apiProblems } from '../lib/errors';

/** What the sign-in page says when signing in fails, in plain English. */
export function signInMessage(error: unknown): {
  field: 'email' | 'password' | null;
  message: string;
} {
  const [problem] = apiProblems(error);
  if (!problem) return { field: null, message: 'Signing in failed. Try again.' };
  // Too many failed sign-ins for this account or address: how long to wait (docs/procedure.md, Accounts).
  if (problem.rule === 'SIGN_IN_THROTTLED') {
    return {
      field: null,
      message: ruleMessage('SIGN_IN_THROTTLED', { waitMinutes: problem.waitMinutes })!,
    };
  }
  if (problem.code === 'SERVICE_UNAVAILABLE') {
    return { field: null, message: 'Signing in is busy just now. Try again in a few seconds.' };
  }
  if (problem.code === 'UNAUTHENTICATED') {
    return {
      field: null,
      message: 'The e-mail address or password is wrong. Check them and try again.',
    };
  }
  if (problem.code === 'BAD_USER_INPUT') {
    if (problem.field === 'password')
      return { field: 'password', message: 'The password is too long.' };
    return { field: 'email', message: 'Enter your e-mail address, like name@example.org.' };
  }
  if (problem.code === 'NETWORK') {
    return {
      field: null,
      message: "The dashboard couldn't reach the server. Check your connection and try again.",
    };
  }
  return { field: null, message: 'Signing in failed on the server. Try again in a moment.' };
}
