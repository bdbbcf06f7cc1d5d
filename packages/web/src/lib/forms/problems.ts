import type { RuleMessageContext } from '@chp/domain';
import type { ApiProblem, FormErrors } from '../errors';
import { messageFor } from './messages';

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/** What kind of failure the API's answer is, read from `extensions.code` and `extensions.rule`. */
export type FailureKind = 'stale' | 'refused' | 'invalid' | 'denied' | 'network' | 'other';

export function failureKind(problems: readonly ApiProblem[]): FailureKind {
  if (problems.some((p) => p.rule === 'STALE_VERSION')) return 'stale';
  if (problems.some((p) => p.code === 'BAD_USER_INPUT')) return 'invalid';
  if (problems.some((p) => p.code === 'CONFLICT')) return 'refused';
  if (problems.some((p) => p.code === 'UNAUTHENTICATED' || p.code === 'FORBIDDEN')) return 'denied';
  if (problems.some((p) => p.code === 'NETWORK')) return 'network';
  return 'other';
}

/**
 * Each problem next to the form's field it concerns (by `extensions.field`, its last or first
 * part for nested input such as `resolution.agreedAction`, or an alias), the rest for the form.
 */
export function problemsToErrors(
  problems: readonly ApiProblem[],
  formFields: readonly string[],
  ctx: RuleMessageContext = {},
  aliases: Record<string, string> = {},
): FormErrors {
  const out: FormErrors = { fields: {}, form: null };
  const general: string[] = [];
  for (const problem of problems) {
    const message = messageFor(problem, ctx);
    const candidates = problem.field
      ? [problem.field, problem.field.split('.').pop()!, problem.field.split('.')[0]!]
      : [];
    const target = candidates.map((f) => aliases[f] ?? f).find((f) => formFields.includes(f));
    if (target && !out.fields[target]) out.fields[target] = message;
    else general.push(message);
  }
  out.form = general.length ? [...new Set(general)].join(' ') : null;
  return out;
}

/** One line of the error summary: a link to the field when the error has one. */
export interface SummaryEntry {
  message: string;
  href?: string;
}

export function summaryEntries(
  errors: FormErrors,
  idFor: (field: string) => string,
): SummaryEntry[] {
  const entries: SummaryEntry[] = Object.entries(errors.fields)
    .filter(([, message]) => Boolean(message))
    .map(([field, message]) => ({ message, href: `#${idFor(field)}` }));
  if (errors.form) entries.push({ message: errors.form });
  return entries;
}

/** The id a form's field carries: the form's id and the field's name. */
export const fieldId = (formId: string, field: string) => `${formId}-${field}`;
