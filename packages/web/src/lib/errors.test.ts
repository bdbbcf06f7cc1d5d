import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { apiProblems } from './errors';
import { messageFor } from './forms/messages';
import { problemsToErrors } from './forms/problems';

const graphQLError = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors, data: null } as never);

describe("the procedure's rules in plain English", () => {
  it('names day 10 when a stage 1 extension goes past it', () => {
    expect(
      messageFor(
        {
          code: 'BAD_USER_INPUT',
          field: 'dueOn',
          rule: 'STAGE1_EXTENSION_PAST_DAY_10',
          message: '',
        },
        { latestExtension: '2026-03-12' },
      ),
    ).toBe("A stage 1 extension can't go past day 10 (12 Mar 2026).");
  });

  it('still explains the rule when the date is not known', () => {
    expect(
      messageFor({
        code: 'BAD_USER_INPUT',
        field: 'dueOn',
        rule: 'STAGE1_EXTENSION_PAST_DAY_10',
        message: '',
      }),
    ).toBe("A stage 1 extension can't go past day 10.");
  });

  it('explains a stale version as someone else changing the record', () => {
    expect(messageFor({ code: 'CONFLICT', rule: 'STALE_VERSION', message: '' })).toMatch(
      /Someone else changed this record/,
    );
  });

  it('falls back on the error code for rules it does not know', () => {
    expect(messageFor({ code: 'FORBIDDEN', message: 'x' })).toBe("Your role doesn't allow this.");
    expect(messageFor({ code: 'BAD_USER_INPUT', rule: 'somethingNew', message: 'x' })).toBe(
      'Check this value.',
    );
  });
});

describe('errors placed next to the fields they concern', () => {
  it("puts a rule next to the form's field of the same name", () => {
    const error = graphQLError({
      message: 'no',
      extensions: { code: 'BAD_USER_INPUT', field: 'dueOn', rule: 'EXTENSION_NOT_WORKING_DAY' },
    });
    expect(problemsToErrors(apiProblems(error), ['dueOn', 'reason'])).toEqual({
      fields: {
        dueOn:
          'The new due date must be a working day: not a weekend, a public holiday or one of your closure days.',
      },
      form: null,
    });
  });

  it('finds nested input fields by their last part, and aliases', () => {
    const nested = graphQLError({
      message: 'no',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'resolution.customerAgreedOn',
        rule: 'INVALID_DATE',
      },
    });
    expect(problemsToErrors(apiProblems(nested), ['customerAgreedOn']).fields).toEqual({
      customerAgreedOn: 'Enter a real date.',
    });
    const aliased = graphQLError({
      message: 'no',
      extensions: { code: 'BAD_USER_INPUT', field: 'signOff', rule: 'SIGN_OFF_REQUIRED' },
    });
    expect(
      problemsToErrors(apiProblems(aliased), ['outcome'], {}, { signOff: 'outcome' }).fields[
        'outcome'
      ],
    ).toMatch(/sign off/);
  });

  it('shows errors about no field of the form once, for the whole form', () => {
    const error = graphQLError({
      message: 'no',
      extensions: { code: 'CONFLICT', rule: 'ALREADY_CLOSED' },
    });
    expect(problemsToErrors(apiProblems(error), ['note'])).toEqual({
      fields: {},
      form: 'This stage is already closed.',
    });
  });

  it('reads the code, field and rule from the extensions', () => {
    const error = graphQLError({
      message: 'Sign in first',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(apiProblems(error)).toEqual([
      { code: 'UNAUTHENTICATED', field: undefined, rule: undefined, message: 'Sign in first' },
    ]);
  });

  it('treats anything else as the server being out of reach', () => {
    expect(apiProblems(new TypeError('Failed to fetch'))[0]?.code).toBe('NETWORK');
  });
});
