/**
 * Calendar: closure days, the working-day calendar and the timeline settings (cut-off time, closure days) that complaints are timed by.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { calendarChanged, onCalendarChange } from './calendar-changes';
export type { CalendarChangeListener } from './calendar-changes';
export {
  ORGANISATION_CALENDAR_COLUMNS,
  closureDaysByOrganisation,
  primeOrganisationCalendar,
  timelineSettingsByOrganisation,
  type OrganisationCalendarRow,
} from './calendar.loaders';
export { CalendarResolver } from './calendar.resolver';
export { BankHolidayResolver } from './bank-holidays.resolver';
export { ClosureDay, ClosureReason } from './closure-day.entity';
export { deleteClosureDay, insertClosureDay } from './closure-days';
export { closureNotes, explainSettings, timelineSettings } from './timeline-settings';
export { rebuildWorkingDays } from './working-day-calendar';
