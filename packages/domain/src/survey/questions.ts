import type { IsoDate } from '../types';
import { addCalendarMonths } from '../addCalendarMonths';
import { addDays } from '../addDays';

/**
 * The satisfaction survey (docs/procedure.md, Satisfaction survey): the SPSO recommends asking
 * customers how satisfied they were with the complaints process. Two kinds of survey, each sent
 * once per complaint by a single-use link:
 * - `closure`: after the complaint's first closure, three questions on a five-point scale;
 * - `recurrence`: "has the problem come back?", for a complaint whose root cause had an
 *   improvement action, {@link RECURRENCE_SURVEY_DELAY_MONTHS} months after the action was done.
 */
export const SURVEY_KINDS = ['closure', 'recurrence'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** The closure survey's questions, each answered 1 (very poor) to 5 (very good) or left out. */
export const SURVEY_SCALE_QUESTIONS = [
  { key: 'easeOfComplaining', text: 'How easy was it to make your complaint?' },
  { key: 'keptInformed', text: 'How well were you kept informed while we looked into it?' },
  { key: 'outcomeExplained', text: 'How clearly was the outcome explained to you?' },
] as const;
export type SurveyScaleKey = (typeof SURVEY_SCALE_QUESTIONS)[number]['key'];

/** The five points of the scale, lowest first. */
export const SURVEY_SCALE = [
  { value: 1, label: 'Very poor' },
  { value: 2, label: 'Poor' },
  { value: 3, label: 'Neither good nor poor' },
  { value: 4, label: 'Good' },
  { value: 5, label: 'Very good' },
] as const;

/** An answer of 4 or 5 counts as satisfied in the results. */
export const SATISFIED_FROM = 4;

/** The recurrence question's answers. */
export const PROBLEM_BACK_ANSWERS = ['yes', 'no', 'not_sure'] as const;
export type ProblemBack = (typeof PROBLEM_BACK_ANSWERS)[number];
export const RECURRENCE_QUESTION = 'Since we made the change, has the problem come back?';

/** How long a survey link works after it is sent. */
export const SURVEY_LINK_DAYS = 30;
/** The recurrence question goes this many months after the improvement action was completed. */
export const RECURRENCE_SURVEY_DELAY_MONTHS = 3;
/** An optional comment is at most this long. */
export const SURVEY_COMMENT_MAX = 1000;

/** The last day a link sent on `sentOn` works (it expires at the end of that day, London time). */
export const surveyLinkLastDay = (sentOn: IsoDate): IsoDate =>
  addDays(sentOn, SURVEY_LINK_DAYS - 1);

/** The day the recurrence question is due for an action completed on `completedOn`. */
export const recurrenceSurveyDueOn = (completedOn: IsoDate): IsoDate =>
  addCalendarMonths(completedOn, RECURRENCE_SURVEY_DELAY_MONTHS);

/** One stored answer: no personal data, only the kind, the day it was given and the answers. */
export interface SurveyAnswer {
  kind: SurveyKind;
  answeredOn: IsoDate;
  easeOfComplaining: number | null;
  keptInformed: number | null;
  outcomeExplained: number | null;
  problemBack: ProblemBack | null;
}
