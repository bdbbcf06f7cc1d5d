import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PersonalDataFinding } from './types';

/** The personal-data findings the API sent with a refusal (BAD_USER_INPUT, rule PERSONAL_DATA), if any. */
export function findingsInError(error: unknown): PersonalDataFinding[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  for (const e of error.errors) {
    const ext = (e.extensions ?? {}) as { rule?: unknown; findings?: unknown };
    if (ext.rule === 'PERSONAL_DATA' && Array.isArray(ext.findings))
      return ext.findings as PersonalDataFinding[];
  }
  return [];
}
