export * from './types';
export { proposeAction } from './proposeAction';
export { applyActionStep } from './applyActionStep';
export { allowedActionSteps } from './allowedActionSteps';
export { actionDeadlineStatus } from './actionDeadlineStatus';
export * from './recurrence';
