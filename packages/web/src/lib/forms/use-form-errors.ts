import { useCallback, useState } from 'react';
import { withPerson, type RuleMessageContext } from '@chp/domain';
import { apiProblems, type FormErrors } from '../errors';
import { usePersonTerm } from '../person-term';
import { NO_ERRORS, problemsToErrors } from './problems';

/** A form's errors, and a count of failed submissions (the summary takes focus on each). */
export interface FormErrorState {
  errors: FormErrors;
  attempt: number;
  /** A failed submission: show these errors and move focus to the summary. */
  fail: (errors: FormErrors) => void;
  /**
   * Client-side validation: the messages by field ('{person}' naming the person complaining by
   * the organisation's word); returns true when there were any.
   */
  check: (missing: Record<string, string>) => boolean;
  /** A refusal from the API (not versioned): its problems by field, the rest for the form. */
  failFrom: (
    error: unknown,
    fields: readonly string[],
    context?: RuleMessageContext,
    aliases?: Record<string, string>,
  ) => void;
  clear: () => void;
}

export function useFormErrors(): FormErrorState {
  const { term } = usePersonTerm();
  const [state, setState] = useState({ errors: NO_ERRORS, attempt: 0 });
  const fail = useCallback(
    (errors: FormErrors) => setState((s) => ({ errors, attempt: s.attempt + 1 })),
    [],
  );
  const clear = useCallback(() => setState((s) => ({ errors: NO_ERRORS, attempt: s.attempt })), []);
  const check = (missing: Record<string, string>) => {
    if (!Object.keys(missing).length) return false;
    const fields = Object.fromEntries(
      Object.entries(missing).map(([field, message]) => [field, withPerson(message, term)]),
    );
    fail({ fields, form: null });
    return true;
  };
  const failFrom = (
    error: unknown,
    fields: readonly string[],
    context?: RuleMessageContext,
    aliases?: Record<string, string>,
  ) => fail(problemsToErrors(apiProblems(error), fields, { person: term, ...context }, aliases));
  return { errors: state.errors, attempt: state.attempt, fail, check, failFrom, clear };
}
