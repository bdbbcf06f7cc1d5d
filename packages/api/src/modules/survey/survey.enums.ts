import { PROBLEM_BACK_ANSWERS, SURVEY_KINDS } from '@chp/domain';
import { registerEnumType } from 'type-graphql';

/** closure: after the complaint closed; recurrence: "has the problem come back?" (@chp/domain's SURVEY_KINDS). */
export const SurveyKind = Object.fromEntries(SURVEY_KINDS.map((k) => [k, k])) as {
  readonly [K in (typeof SURVEY_KINDS)[number]]: K;
};
export type SurveyKind = (typeof SURVEY_KINDS)[number];
registerEnumType(SurveyKind, {
  name: 'SurveyKind',
  description: 'closure: how the complaint was handled; recurrence: has the problem come back?',
});

/** The answers to "has the problem come back?". */
export const ProblemBack = Object.fromEntries(PROBLEM_BACK_ANSWERS.map((k) => [k, k])) as {
  readonly [K in (typeof PROBLEM_BACK_ANSWERS)[number]]: K;
};
export type ProblemBack = (typeof PROBLEM_BACK_ANSWERS)[number];
registerEnumType(ProblemBack, { name: 'ProblemBack', description: 'yes, no or not_sure' });
