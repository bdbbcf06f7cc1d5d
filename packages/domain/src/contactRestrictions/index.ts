export * from './types';
export { proposeRestriction } from './proposeRestriction';
export { applyRestrictionStep } from './applyRestrictionStep';
export { restrictionReviewState, reviewReminderFrom } from './restrictionReviewState';
