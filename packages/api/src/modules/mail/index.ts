/**
 * Mail: the outbox, reminders, the weekly digest and each person's mail preferences
 * (docs/procedure.md, Reminders and e-mail).
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { MailResolver } from './mail.resolver';
export { startMailScheduler, type MailSchedulerOptions } from './mail-scheduler';
export { sendDueMessages, type MailTransport, type SenderOptions } from './mail-sender';
export { runReminders, type OrganisationMessages } from './reminder-run';
export type { QuarterlyIndicatorDetails } from './messages';
export {
  writeMessages,
  writeCustomerMessages,
  type NewMessage,
  type CustomerMessage,
} from './outbox';
export { organisationsMail, type OrganisationMail } from './mail-settings';
export { actionAwaitsAuthorisation, ownerReminderIfDue } from './approver-messages';
export { approvalAwaited, type AwaitedApproval } from './approval-requests';
export { staffComplainedAboutNotices, type StaffNotice } from './staff-messages';
