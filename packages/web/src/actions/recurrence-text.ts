import type { RecurrenceFieldsFragment } from '../generated/graphql';

export type Recurrence = RecurrenceFieldsFragment;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM' as 'Mar 2026'. */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

const complaints = (n: number) => `${n} complaint${n === 1 ? '' : 's'}`;
const perMonth = (n: number) => `${n.toFixed(1)} a month`;

/**
 * The figures in one sentence, as the action page and the verify form say them
 * (docs/procedure.md, Recurrence after an improvement action).
 */
export function recurrenceSentence(r: Recurrence): string {
  const before = `${complaints(r.before)} in the ${r.months} months before (${perMonth(r.averageBefore)})`;
  if (r.afterMonthsComplete === 0 || r.averageAfter == null)
    return `${before}; no month after the action has ended yet.`;
  const after = `${complaints(r.after)} in the ${r.afterMonthsComplete} month${r.afterMonthsComplete === 1 ? '' : 's'} after that have ended (${perMonth(r.averageAfter)})`;
  const verdict = r.cameBack
    ? 'The cause came back above its level before the action.'
    : 'The cause has not come back above its level before the action.';
  return `${before}; ${after}. ${verdict}`;
}
