import type { OperationCase } from './operation-case';
import { withHostileInput } from './hostile-input';
import { peopleOperations } from './people.operations';
import { accountOperations } from './accounts.operations';
import { rootCauseOperations } from './learning-root-causes.operations';
import { actionPlanningOperations } from './learning-action-planning.operations';
import { actionProgressOperations } from './learning-action-progress.operations';
import { complaintRecordingOperations } from './complaints-recording.operations';
import { complaintRegisterOperations } from './complaints-register.operations';
import { complaintStageOperations } from './complaints-stages.operations';
import { complaintStepOperations } from './complaints-steps.operations';
import { complaintClosureOperations } from './complaints-closure.operations';
import { complaintHandlingOperations } from './complaints-handling.operations';
import { complaintFirstContactOperations } from './complaints-first-contact.operations';
import { complaintCorrectionOperations } from './complaints-corrections.operations';
import { analyticsOperations } from './analytics.operations';
import { publicationDraftingOperations } from './publications-drafting.operations';
import { publicationReviewOperations } from './publications-review.operations';
import { restrictionOperations } from './restrictions.operations';
import { retentionOperations } from './retention.operations';
import { settingsOperations } from './settings.operations';
import { platformOperations } from './platform.operations';
import { singleSignOnOperations } from './single-sign-on.operations';
import { workOperations } from './work.operations';
import { mailOperations } from './mail.operations';
import { importOperations } from './imports.operations';
import { investigationOperations } from './investigation.operations';
import { complaintStaffOperations } from './complaints-staff.operations';
import { letterOperations } from './letters.operations';
import { boardPackOperations } from './board-packs.operations';
import { returnsOperations } from './returns.operations';
import { recurrenceOperations, spsoRecommendationOperations } from './recurrence.operations';
import { surveyOperations } from './survey.operations';

/**
 * Every query and mutation, described for the access, bad-input and cross-organisation suites,
 * with the hostile-input rows (hostile-input.ts) added to each one's bad input.
 */
export const operations: OperationCase[] = withHostileInput([
  ...peopleOperations,
  ...accountOperations,
  ...rootCauseOperations,
  ...actionPlanningOperations,
  ...actionProgressOperations,
  ...complaintRecordingOperations,
  ...complaintRegisterOperations,
  ...complaintStageOperations,
  ...complaintStepOperations,
  ...complaintClosureOperations,
  ...complaintHandlingOperations,
  ...complaintFirstContactOperations,
  ...complaintCorrectionOperations,
  ...analyticsOperations,
  ...publicationDraftingOperations,
  ...publicationReviewOperations,
  ...restrictionOperations,
  ...retentionOperations,
  ...settingsOperations,
  ...platformOperations,
  ...singleSignOnOperations,
  ...workOperations,
  ...mailOperations,
  ...importOperations,
  ...investigationOperations,
  ...recurrenceOperations,
  ...spsoRecommendationOperations,
  ...complaintStaffOperations,
  ...letterOperations,
  ...boardPackOperations,
  ...returnsOperations,
  ...surveyOperations,
]);

/**
 * Root fields tested on their own: sign-in and the password link's own use have no role (the
 * link is the credential: password-links.test.ts, sign-in-throttle.test.ts); health is public.
 */
export const TESTED_ELSEWHERE = [
  'health',
  'signIn',
  'signOut',
  'passwordLink',
  'setPasswordWithLink',
  // the satisfaction survey's link is its credential: test/survey.test.ts
  'surveyLink',
  'answerSurvey',
];
