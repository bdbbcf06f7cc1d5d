export * from './types';
export { CHP_RULE_CODES, ChpRuleError, isChpRuleError, type ChpRuleCode } from './errors';
export { scottishBankHolidays, SCOTTISH_BANK_HOLIDAY_CORRECTIONS } from './scottishBankHolidays';
export { isWorkingDay } from './isWorkingDay';
export { nextWorkingDay } from './nextWorkingDay';
export { workingDayOnOrAfter } from './workingDayOnOrAfter';
export { addWorkingDays } from './addWorkingDays';
export { workingDaysBetween } from './workingDaysBetween';
export { workingDayOrdinal } from './workingDayOrdinal';
export { workingDayCalendar, type WorkingDayRow } from './workingDayCalendar';
export { ORDINAL_EPOCH } from './internal/calendar';
export { localDate } from './localDate';
export { dayOne, parseCutOffTime } from './dayOne';
export { stageOneDueDate } from './stageOneDueDate';
export { stageOneLatestExtension } from './stageOneLatestExtension';
export { stageTwoAcknowledgeBy } from './stageTwoAcknowledgeBy';
export { stageTwoDueDate } from './stageTwoDueDate';
export { nextUpdateDue } from './nextUpdateDue';
export { nextStageTwoUpdateDue } from './nextStageTwoUpdateDue';
export { stageTwoUpdatesDue } from './stageTwoUpdatesDue';
export { addCalendarMonths } from './addCalendarMonths';
export { escalationDeadline } from './escalationDeadline';
export { isEscalationInTime } from './isEscalationInTime';
export { spsoDeadline } from './spsoDeadline';
export { complaintTimeline } from './complaintTimeline';
export { complaintState, type ComplaintState } from './complaintState';
export { assertCanAppend } from './assertCanAppend';
export { allowedNextEvents } from './allowedNextEvents';
export { checkClosure, type ClosureRecord } from './checkClosure';
export { closureRequirements } from './closureRequirements';
export { postClosureContact } from './postClosureContact';
export { stageOutcomeFromFindings, type Finding } from './stageOutcomeFromFindings';
export { stageStatus, type DeadlineStatus } from './stageStatus';
export {
  spsoIndicators,
  type SpsoIndicators,
  type BucketIndicators,
  type IndicatorBucket,
} from './spsoIndicators';
export { perThousand } from './perThousand';
export { share } from './share';
export * from './improvementActions';
export {
  PUBLIC_FIGURE_FIELDS,
  PUBLIC_FIGURE_LABELS,
  PUBLIC_OUTCOME_FIELDS,
  publicPeriodName,
  type PublicFigureField,
} from './publicFigures';
