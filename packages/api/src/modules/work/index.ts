/**
 * Work queues: what waits for each person (docs/procedure.md, Work queues), and the requests for
 * a manager's approval behind some of it.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { ApprovalRequest } from './approval-request.entity';
export { calendarEventsFor, type CalendarEvent } from './calendar-events';
export { calendarFeedText } from './calendar-feed';
export { workQueueFor, type QueueItem, type QueueOwner } from './work-queue';
export { workResolvers } from './work.resolver';
