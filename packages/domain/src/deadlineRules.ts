import type { Stage } from './types';

/** The rules that give a complaint its dates, each with the paragraph it enforces. */
export const DEADLINE_RULES = {
  STAGE1_DAY_ONE: { paragraph: '§26', title: 'Stage 1 day one' },
  STAGE2_DAY_ONE: { paragraph: 'Appendix 1 §5', title: 'Stage 2 day one' },
  STAGE1_DAY_5: { paragraph: '§26', title: 'Stage 1 response due (day 5)' },
  STAGE1_EXTENSION: { paragraph: '§27', title: 'Stage 1 extended (day 10 at the latest)' },
  STAGE2_DAY_3: { paragraph: '§40', title: 'Stage 2 acknowledgement due (day 3)' },
  STAGE2_DAY_20: { paragraph: '§60', title: 'Stage 2 response due (day 20)' },
  STAGE2_EXTENSION: { paragraph: '§62', title: 'Stage 2 extended' },
  STAGE2_UPDATE: { paragraph: '§62', title: 'Update to the customer and staff due' },
  ESCALATION_LIMIT: { paragraph: '§36', title: 'Last day to ask for stage 2' },
  SPSO_LIMIT: { paragraph: '§75', title: 'Last day to go to the SPSO' },
} as const;

export type DeadlineRule = keyof typeof DEADLINE_RULES;
export const DEADLINE_RULE_CODES = Object.keys(DEADLINE_RULES) as DeadlineRule[];

/** Which of a complaint's dates an explanation is about. */
export type ExplainedDate =
  | 'day_one'
  | 'due'
  | 'extended_due'
  | 'acknowledge_by'
  | 'update_due'
  | 'escalation_limit'
  | 'spso_limit';

export const EXPLAINED_DATES: readonly ExplainedDate[] = [
  'day_one',
  'due',
  'extended_due',
  'acknowledge_by',
  'update_due',
  'escalation_limit',
  'spso_limit',
];

/** The rule behind a stage's day one, due date or extension. */
export function stageRule(stage: Stage, what: 'day_one' | 'due' | 'extended_due'): DeadlineRule {
  if (what === 'day_one') return stage === 1 ? 'STAGE1_DAY_ONE' : 'STAGE2_DAY_ONE';
  if (what === 'due') return stage === 1 ? 'STAGE1_DAY_5' : 'STAGE2_DAY_20';
  return stage === 1 ? 'STAGE1_EXTENSION' : 'STAGE2_EXTENSION';
}
