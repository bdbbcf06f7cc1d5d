import { createHash, randomBytes } from 'node:crypto';
import { surveyError } from './survey.errors';

/** Where a survey link opens: the token travels in the fragment, never sent with the page. */
export const SURVEY_PATH = '/survey';

/** A new single-use token (32 random bytes) and the SHA-256 that is all the database keeps. */
export function newSurveyToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: surveyTokenHash(token) };
}

export const surveyTokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** A token is 43 base64url characters: anything else is no link of ours. */
export function checkedSurveyToken(token: string): string {
  if (!/^[\w-]{20,200}$/.test(token)) throw surveyError('SURVEY_LINK_UNKNOWN');
  return token;
}
