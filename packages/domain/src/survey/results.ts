import { countFigure, shareFigure, SMALL_NUMBER_THRESHOLD, type Figure } from '../smallNumbers';
import type { IsoDate } from '../types';
import {
  SATISFIED_FROM,
  SURVEY_SCALE_QUESTIONS,
  type SurveyAnswer,
  type SurveyScaleKey,
} from './questions';

/** The counts behind one period's results, before the small-number rule. */
export interface SurveyCounts {
  /** Closure surveys answered. */
  answers: number;
  /** Per question: how many answered it, and how many answered 4 or 5. */
  questions: Record<SurveyScaleKey, { answered: number; satisfied: number }>;
  /** Recurrence surveys answered, and how many said the problem came back. */
  recurrenceAnswers: number;
  problemBack: number;
}

/** One period's results as shown: no figure from fewer than 5 answers. */
export interface SurveyResults {
  answers: Figure;
  questions: { key: SurveyScaleKey; text: string; satisfied: Figure }[];
  recurrenceAnswers: Figure;
  problemBack: Figure;
}

const emptyCounts = (): SurveyCounts => ({
  answers: 0,
  questions: Object.fromEntries(
    SURVEY_SCALE_QUESTIONS.map((q) => [q.key, { answered: 0, satisfied: 0 }]),
  ) as SurveyCounts['questions'],
  recurrenceAnswers: 0,
  problemBack: 0,
});

/**
 * The reference count of the answers given from `from` to `to` (inclusive): the SQL of the
 * survey module is tested against it on the same data.
 */
export function surveyCounts(
  answers: readonly SurveyAnswer[],
  from: IsoDate,
  to: IsoDate,
): SurveyCounts {
  const counts = emptyCounts();
  for (const a of answers) {
    if (a.answeredOn < from || a.answeredOn > to) continue;
    if (a.kind === 'recurrence') {
      counts.recurrenceAnswers++;
      if (a.problemBack === 'yes') counts.problemBack++;
      continue;
    }
    counts.answers++;
    for (const q of SURVEY_SCALE_QUESTIONS) {
      const value = a[q.key];
      if (value === null) continue;
      counts.questions[q.key].answered++;
      if (value >= SATISFIED_FROM) counts.questions[q.key].satisfied++;
    }
  }
  return counts;
}

const hiddenBelow = (n: number, threshold: number): Figure | null =>
  n === 0
    ? { value: null, display: 'no answers' }
    : n < threshold
      ? { value: null, display: `fewer than ${threshold} answers` }
      : null;

/** A share of answers, withheld when fewer than `threshold` answered. */
function answerShare(part: number, answered: number, threshold: number): Figure {
  return hiddenBelow(answered, threshold) ?? shareFigure(part, answered, threshold);
}

/**
 * The small-number rule on survey results (docs/procedure.md, Satisfaction survey): no figure
 * from fewer than 5 answers; each share counts only those who answered the question.
 */
export function surveyResults(
  counts: SurveyCounts,
  threshold = SMALL_NUMBER_THRESHOLD,
): SurveyResults {
  return {
    answers: countFigure(counts.answers, threshold),
    questions: SURVEY_SCALE_QUESTIONS.map((q) => ({
      key: q.key,
      text: q.text,
      satisfied: answerShare(
        counts.questions[q.key].satisfied,
        counts.questions[q.key].answered,
        threshold,
      ),
    })),
    recurrenceAnswers: countFigure(counts.recurrenceAnswers, threshold),
    problemBack: answerShare(counts.problemBack, counts.recurrenceAnswers, threshold),
  };
}
