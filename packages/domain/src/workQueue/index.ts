export * from './types';
export { DUE_SOON_WORKING_DAYS, dueSoonLimit } from './dueSoon';
export { workingDaysLeft } from './workingDaysLeft';
export { workItemUrgency } from './workItemUrgency';
export { inWorkQueue } from './inWorkQueue';
export { sortWorkItems } from './sortWorkItems';
export { workQueueKinds } from './workQueueKinds';
export { effectReviewDueOn } from './effectReviewDueOn';
