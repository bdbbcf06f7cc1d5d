import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { findingsInError } from './findings';

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }], data: null } as never);

describe('the personal-data findings of a refused step', () => {
  it('reads the findings the API sends with PERSONAL_DATA', () => {
    const finding = {
      field: 'items[1].youSaid',
      kind: 'customer_name',
      excerpt: 'Morag Campbell told us',
    };
    expect(
      findingsInError(
        refusal({ code: 'BAD_USER_INPUT', rule: 'PERSONAL_DATA', findings: [finding] }),
      ),
    ).toEqual([finding]);
  });

  it('finds none in another refusal', () => {
    expect(findingsInError(refusal({ code: 'CONFLICT', rule: 'STALE_VERSION' }))).toEqual([]);
  });
});
