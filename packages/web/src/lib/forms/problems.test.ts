import { describe, expect, it } from 'vitest';
import { failureKind, fieldId, problemsToErrors, summaryEntries } from './problems';

describe('failureKind', () => {
  it('reads a stale version from the rule, not the message', () => {
    expect(
      failureKind([{ code: 'CONFLICT', rule: 'STALE_VERSION', message: 'anything at all' }]),
    ).toBe('stale');
    expect(failureKind([{ code: 'CONFLICT', message: 'Someone else changed this record' }])).toBe(
      'refused',
    );
  });
  it('tells a rule refusal from bad input, a denial and the network', () => {
    expect(failureKind([{ code: 'CONFLICT', rule: 'ALREADY_CLOSED', message: '' }])).toBe(
      'refused',
    );
    expect(failureKind([{ code: 'BAD_USER_INPUT', field: 'dueOn', message: '' }])).toBe('invalid');
    expect(failureKind([{ code: 'FORBIDDEN', message: '' }])).toBe('denied');
    expect(failureKind([{ code: 'NETWORK', message: '' }])).toBe('network');
    expect(failureKind([{ code: 'INTERNAL_SERVER_ERROR', message: '' }])).toBe('other');
  });
});

describe('problemsToErrors', () => {
  it("words a refusal with the organisation's word for the person: a college's complainant (§36; docs/procedure.md, Sector settings)", () => {
    const errors = problemsToErrors(
      [{ code: 'CONFLICT', rule: 'ESCALATE_INSTEAD', message: 'x' }],
      [],
      { person: 'complainant' },
    );
    expect(errors.form).toBe(
      'The complainant is dissatisfied after the stage 1 response: escalate the complaint to stage 2 instead.',
    );
  });
  it('puts each problem next to its field by extensions.field, nested or aliased', () => {
    const errors = problemsToErrors(
      [
        { code: 'BAD_USER_INPUT', field: 'reason', rule: 'notBlank', message: 'x' },
        {
          code: 'BAD_USER_INPUT',
          field: 'resolution.customerAgreedOn',
          rule: 'LocalDate',
          message: 'x',
        },
        { code: 'CONFLICT', field: 'signOff', rule: 'SIGN_OFF_REQUIRED', message: 'x' },
      ],
      ['reason', 'customerAgreedOn', 'outcome'],
      {},
      { signOff: 'outcome' },
    );
    expect(errors.fields).toEqual({
      reason: 'This must be filled in.',
      customerAgreedOn: 'Enter a real date.',
      outcome: expect.stringMatching(/^A manager must sign off/),
    });
    expect(errors.form).toBeNull();
  });
  it('gives problems with no field of the form to the form, once each', () => {
    const stale = { code: 'CONFLICT', rule: 'STALE_VERSION', message: 'x' };
    const errors = problemsToErrors(
      [stale, stale, { code: 'CONFLICT', field: 'x', message: '' }],
      [],
    );
    expect(errors.form).toBe(
      "Someone else changed this record while you were working on it. The page now shows the latest version: check it and try again. The procedure doesn't allow this step now.",
    );
  });
});

describe('summaryEntries', () => {
  it('links field errors to the field ids and lists the form error without a link', () => {
    const entries = summaryEntries(
      {
        fields: { dueOn: 'Enter the new due date.', reason: '' },
        form: 'Stage 1 can be extended only once.',
      },
      (f) => fieldId('step-extend', f),
    );
    expect(entries).toEqual([
      { message: 'Enter the new due date.', href: '#step-extend-dueOn' },
      { message: 'Stage 1 can be extended only once.' },
    ]);
  });
});
