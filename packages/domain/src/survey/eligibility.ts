import { ChpRuleError } from '../errors';
import type { IsoDate } from '../types';
import { recurrenceSurveyDueOn } from './questions';

/**
 * Consent to the survey (docs/procedure.md, Satisfaction survey): it needs the customer's e-mail
 * address, which an anonymous complaint never has (§11).
 */
export function checkSurveyConsent(side: {
  anonymous: boolean;
  surveyConsent: boolean;
  email: string | null | undefined;
}): void {
  if (!side.surveyConsent) return;
  if (side.anonymous || !side.email?.trim())
    throw new ChpRuleError(
      'SURVEY_CONSENT_WITHOUT_EMAIL',
      'a satisfaction survey needs the customer’s e-mail address; an anonymous customer cannot be surveyed (§11)',
    );
}

/** True when a customer may be sent a survey: they agreed, gave an e-mail and are not anonymous. */
export const maySendSurvey = (side: {
  anonymous: boolean;
  surveyConsent: boolean;
  email: string | null | undefined;
}): boolean => side.surveyConsent && !side.anonymous && Boolean(side.email?.trim());

/**
 * Whether the recurrence question is due on `today` for a closed complaint: one of its root
 * causes had an improvement action completed after the complaint was received, and
 * {@link recurrenceSurveyDueOn} has come for the earliest such action.
 */
export function recurrenceSurveyDue(
  complaint: { receivedOn: IsoDate; closedOn: IsoDate | null },
  actionsCompletedOn: readonly IsoDate[],
  today: IsoDate,
): boolean {
  if (complaint.closedOn === null) return false;
  const after = actionsCompletedOn.filter((d) => d >= complaint.receivedOn).sort();
  const first = after[0];
  return first !== undefined && recurrenceSurveyDueOn(first) <= today;
}
