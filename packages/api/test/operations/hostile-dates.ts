import type { InvalidCase, OperationCase } from './operation-case';
import { withField } from './hostile-call';

/**
 * Extreme dates: a year before 1900 or after 2100 in any date argument is refused with
 * `dateInRange` naming the field (core/scalars.ts, core/input-guard.ts), never a 500; a receipt
 * before the organisation's earliest record date with `notBeforeEarliestRecord`.
 */

type Rule = 'dateInRange' | 'notBeforeEarliestRecord' | 'notInFuture';

const dateOn = (
  op: OperationCase,
  field: string,
  value: string,
  rule: Rule = 'dateInRange',
): InvalidCase => ({
  description: `${field} ${value}`,
  build: (...args) => withField(op, field, value, ...args),
  code: 'BAD_USER_INPUT',
  rule,
  field,
});

const YEAR_1 = '0001-01-01';
const YEAR_1899 = '1899-12-31';
const YEAR_2101 = '2101-01-01';
const YEAR_9999 = '9999-12-31';
const instant = (date: string) => `${date}T09:00:00Z`;

/** The date arguments of each operation and the extreme values tried in them. */
const DATES: Record<string, [field: string, value: string, rule?: Rule][]> = {
  recordComplaint: [
    ['receivedAt', instant(YEAR_1)],
    ['receivedAt', instant(YEAR_1899)],
    ['receivedAt', '1999-12-31T09:00:00Z', 'notBeforeEarliestRecord'],
    ['awareOn', YEAR_1],
    ['awareOn', YEAR_2101],
  ],
  extendComplaint: [
    ['dueOn', YEAR_1],
    ['dueOn', YEAR_9999],
  ],
  escalateComplaint: [['at', instant(YEAR_1)]],
  acknowledgeComplaint: [['at', instant(YEAR_1899)]],
  recordContactUpdate: [['at', instant(YEAR_1)]],
  closeComplaint: [['at', instant(YEAR_2101)]],
  recordSpsoDecision: [
    ['decidedOn', YEAR_1],
    ['decidedOn', YEAR_9999],
  ],
  proposeImprovementAction: [['targetDate', YEAR_2101]],
  proposeContactRestriction: [['reviewOn', YEAR_1]],
  approveContactRestriction: [['customerToldOn', YEAR_2101]],
  reviewContactRestriction: [['nextReviewOn', YEAR_9999]],
  assignImprovementAction: [['targetDate', YEAR_9999]],
  completeImprovementAction: [
    ['completedOn', YEAR_1],
    ['monitoringUntil', YEAR_9999],
  ],
  addClosureDay: [
    ['date', YEAR_1],
    ['date', YEAR_9999],
  ],
  closureDayPreview: [
    ['date', YEAR_1],
    ['date', YEAR_9999],
  ],
  updateOrganisationSettings: [
    ['earliestRecordDate', YEAR_1899],
    ['earliestRecordDate', '2026-03-03', 'notInFuture'],
  ],
};

/** The extreme-date rows of `op`. */
export function hostileDateCases(op: OperationCase): InvalidCase[] {
  return (DATES[op.name] ?? []).map(([field, value, rule]) => dateOn(op, field, value, rule));
}
