/**
 * Learning: root causes and improvement actions, and what they add to a complaint.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { DEFAULT_ROOT_CAUSES } from './default-root-causes';
export { ImprovementActionProgress } from './improvement-action-progress.entity';
export { ImprovementAction } from './improvement-action.entity';
export { seesAllActions } from './improvement-action.service';
export { actionsByComplaint, rootCausesByComplaint } from './learning.loaders';
export { learningResolvers } from './learning.resolvers';
export {
  ComplaintRootCause,
  ImprovementActionComplaint,
  ImprovementActionRootCause,
} from './links.entity';
export { RootCause } from './root-cause.entity';
export { recurrenceMessages } from './recurrence-check';
export { recurrenceSummary, type RecurrenceSummary } from './recurrence-summary';
