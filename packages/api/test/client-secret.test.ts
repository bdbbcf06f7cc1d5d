import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from '../src/modules/sso/client-secret';

describe('the client secret at rest (docs/procedure.md, Accounts: single sign-on)', () => {
  const key = 'k'.repeat(32);
  it('with CHP_SECRET_KEY the stored text does not contain the secret, and opens back to it', () => {
    const sealed = sealSecret('the client secret', key);
    expect(sealed).not.toContain('the client secret');
    expect(openSecret(sealed, key)).toBe('the client secret');
  });
  it('another key cannot open it', () => {
    expect(() => openSecret(sealSecret('the client secret', key), 'x'.repeat(32))).toThrow();
  });
  it('without a key it is kept as given, marked plain', () =>
    expect(openSecret(sealSecret('s3cret', null), null)).toBe('s3cret'));
});
