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
export {
  nextStageTwoUpdateDue,
  stageTwoUpdatesOwed,
  type StageTwoUpdatesOwed,
  type StageTwoUpdatesSent,
} from './nextStageTwoUpdateDue';
export { stageTwoUpdatesDue } from './stageTwoUpdatesDue';
export { addCalendarMonths } from './addCalendarMonths';
export {
  escalationDeadline,
  escalationNeedsAwareness,
  type EscalationLimitDates,
} from './escalationDeadline';
export { isEscalationInTime } from './isEscalationInTime';
export { spsoDeadline } from './spsoDeadline';
export { complaintTimeLimit, DEFAULT_COMPLAINT_TIME_LIMIT_MONTHS } from './complaintTimeLimit';
export {
  checkFirstContact,
  type FirstContact,
  type FirstContactDecision,
} from './checkFirstContact';
export {
  allowedOtherOutcomes,
  checkOtherOutcome,
  countsAsReceived,
  type OtherOutcomeRecord,
} from './otherOutcomes';
export { complaintsPerContractor, contractorKey, contractorName } from './complaintsPerContractor';
export { complaintTimeline } from './complaintTimeline';
export type { ReplayOptions } from './internal/fold';
export { complaintState, type ComplaintState } from './complaintState';
export { assertCanAppend } from './assertCanAppend';
export { allowedNextEvents } from './allowedNextEvents';
export { checkClosure, type ClosureRecord } from './checkClosure';
export { closureRequirements } from './closureRequirements';
export { stageOneLastDay, stageOneClosedLate } from './stageOneLastDay';
export { tribunalSignpostingApplies } from './tribunalSignposting';
export { checkSeriousRouting, isSeriousAtStageOne } from './seriousComplaint';
export {
  CHANNELS,
  NEW_COMPLAINT_CHANNELS,
  checkNewComplaintChannel,
  type ComplaintChannel,
} from './channels';
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
export * from './workQueue';
export * from './contactRestrictions';
export * from './staffComplainedAbout';
export {
  ANNUAL_REPORT_FIGURE_FIELDS,
  headlineFigureFields,
  PUBLIC_FIGURE_FIELDS,
  PUBLIC_FIGURE_LABELS,
  PUBLIC_OUTCOME_FIELDS,
  publicPeriodName,
  type PublicFigureField,
} from './publicFigures';
export {
  ROLES,
  ROLE_LABELS,
  isRole,
  isManager,
  handlesComplaints,
  readsComplaints,
  seesPersonalData,
  readsAnalytics,
  writesPublications,
  approvesPublications,
  empoweredToSignOff,
  ownsActions,
  assignableAsHandler,
  listsAllActions,
  readsAllActions,
  readsAudit,
  importsComplaints,
  administers,
  proposesRestrictions,
  decidesRestrictions,
  rolesThat,
  type Role,
} from './roles';
export { addDays, daysInclusive } from './addDays';
export { londonDateTime, londonInstant, instantMillis, type LocalTime } from './londonTime';
export {
  MIN_PERIOD_YEAR,
  MAX_PERIOD_YEAR,
  displayDate,
  quarterPeriod,
  yearPeriod,
  financialYearPeriod,
  financialQuarterPeriod,
  rangePeriod,
  resolvePeriod,
  previousPeriod,
  previousPeriods,
  type Period,
  type PeriodKind,
  type PeriodSpec,
} from './reportingPeriods';
export {
  quarterOf,
  previousQuarter,
  quarterRange,
  financialYearOf,
  financialYearKey,
  financialYearRange,
  periodKeyRange,
  periodKeyLabel,
  periodKeyName,
  monthsBefore,
  periodStart,
  periodLabel,
  periodStarts,
  completedPeriodKeys,
  isCompletedPeriodKey,
  type Grain,
} from './periodKeys';
export {
  COMPLAINT_REFERENCE_PATTERN,
  COMPLAINT_REFERENCE_SQL_PATTERN,
  formatComplaintReference,
  parseComplaintReference,
  isComplaintReference,
} from './complaintReference';
export {
  EXACT_COUNT_LIMIT,
  describeTotal,
  registerTotal,
  SEARCH_COUNT_LIMIT,
  roundEstimate,
  totalQualifier,
  type RegisterTotal,
} from './registerTotal';
export { csvCell, toCsv, type CsvCell } from './csvCell';
export {
  PUBLICATION_STATUSES,
  PUBLICATION_STEPS,
  publicationStep,
  mayTakePublicationStep,
  publicationStepAllowed,
  allowedPublicationSteps,
  approvalRefusal,
  sendBackComment,
  SEND_BACK_COMMENT_MAX,
  type PublicationActor,
  type PublicationApprovalRefusal,
  type PublicationStatus,
  type PublicationStep,
  type PublicationStepResult,
  type SendBackCommentResult,
} from './publicationWorkflow';
export {
  SMALL_NUMBER_THRESHOLD,
  fewerThan,
  isSmallNumber,
  countFigure,
  shareFigure,
  averageFigure,
  type Figure,
} from './smallNumbers';
export {
  COMPLAINT_STEPS,
  COMPLAINT_STEP_LABELS,
  allowedSteps,
  type ComplaintStep,
} from './allowedSteps';
export {
  API_RULE_CODES,
  VALIDATION_RULE_CODES,
  RULE_CODES,
  RULE_MESSAGES,
  isRuleCode,
  ruleMessage,
  withPerson,
  type RuleCode,
  type RuleMessageContext,
} from './ruleMessages';
export { INPUT_RULE_CODES, type InputRuleCode } from './inputRuleMessages';
export { scottishBankHolidayName, type BankHolidayName } from './scottishBankHolidayNames';
export {
  SKIP_REASONS,
  whyNotAWorkingDay,
  type ClosureNote,
  type ExplainSettings,
  type SkipReason,
  type SkippedDay,
} from './skippedDay';
export {
  DEADLINE_RULES,
  DEADLINE_RULE_CODES,
  EXPLAINED_DATES,
  type DeadlineRule,
  type ExplainedDate,
} from './deadlineRules';
export {
  explainDayOne,
  explainStageOneDue,
  explainStageTwoAcknowledgeBy,
  explainStageTwoDue,
  explainExtendedDue,
  explainNextStageTwoUpdateDue,
  explainEscalationLimit,
  explainSpsoLimit,
  type DateExplanation,
  type MonthsFrom,
} from './explainDate';
export { explainTimeline } from './explainTimeline';
export { longDate, renderDateExplanation } from './renderDateExplanation';
export {
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_LINK_HOURS,
  passwordProblem,
  type PasswordLinkPurpose,
  type PasswordOwner,
  type PasswordProblem,
} from './passwordRules';
export {
  defaultPersonTerm,
  spsoRecommendedWording,
  SPSO_SECTOR_PHRASE,
  TRIBUNAL_DEFAULT_WORDING,
  type SpsoWordingFor,
} from './spsoSignposting';
export {
  DEFAULT_FINANCIAL_YEAR_START_MONTH,
  financialQuarterOf,
  financialYearDates,
  financialYearName,
  financialYearStarting,
  isMonthNumber,
  MONTH_NAMES,
  financialQuarterKey,
  financialQuarterKeyLabel,
  previousFinancialQuarterKey,
  type FinancialQuarter,
} from './financialYear';
export {
  ROOT_CAUSE_MAX_DEPTH,
  complaintsByRootCause,
  newRootCauseProblem,
  rootCauseDepth,
  rootCauseHeight,
  rootCauseMergeProblem,
  rootCauseMoveProblem,
  survivingRootCause,
  type RootCauseMergeProblem,
  type RootCauseNode,
  type RootCauseShapeProblem,
} from './rootCauseTaxonomy';
export { keepsAnAdministrator, type StaffMember } from './administrators';
export {
  directoryRole,
  emailDomain,
  emailDomainAllowed,
  grantsMore,
  isEmailDomain,
  roleOnLaterSignIn,
  type DirectoryGroupRole,
  type LaterSignInRole,
} from './singleSignOn';
export {
  DEFAULT_REMINDER_LEAD_DAYS,
  HANDLER_REMINDER_LEAD_DAYS,
  actionReminderDue,
  deadlineReminderDue,
  type DeadlineReminderStep,
  reminderDay,
  type ActionReminderReason,
  type ReminderDue,
} from './mail/actionReminders';
export {
  DEFAULT_SENDING_HOURS,
  checkSendingHours,
  inSendingHours,
  londonDate,
  nextSendingInstant,
  type SendingHours,
} from './mail/sendingHours';
export {
  checkVoid,
  correctedJourney,
  correctionChanges,
  voidedStepIds,
  type FieldChange,
  type RecordedStep,
} from './journeyCorrections';
export {
  DEFAULT_RETENTION_MONTHS,
  MAX_RETENTION_MONTHS,
  MIN_RETENTION_MONTHS,
  RETENTION_WARNING_MONTHS,
  anonymisationDueOn,
  isDueForAnonymisation,
  retentionClosedOn,
  retentionWarningUntil,
  type RetentionRecord,
} from './retention';
export * from './imports';
export * from './investigation';
export * from './customerSide';
export * from './letters';
export {
  BOARD_PACK_SECTIONS,
  BOARD_PACK_SECTION_KEYS,
  BOARD_PACK_STATUSES,
  BOARD_PACK_STEPS,
  BOARD_PACK_TOP_ROOT_CAUSES,
  BOARD_PACK_TREND_MONTHS,
  approvesBoardPacks,
  boardPackComparisons,
  boardPackMonths,
  boardPackStep,
  draftsBoardPacks,
  isBoardPackSection,
  readsBoardPacks,
  sameQuarterLastYear,
  type BoardPackComparisons,
  type BoardPackSectionKey,
  type BoardPackStatus,
  type BoardPackStep,
  type BoardPackStepResult,
} from './boardPack';
export * from './returns';
export * from './spsoDecisionComparison';
export * from './spsoRecommendations';
export {
  likeForLike,
  likeForLikeQuarters,
  sameWorkingDays,
  type LikeForLikeQuarters,
} from './likeForLike';
export {
  ACADEMIC_YEAR_START_MONTH,
  defaultReportingYearStartMonth,
  reportingYearKind,
  reportingYearLabel,
  reportingYearNoun,
  type ReportingYearKind,
} from './reportingYear';
export * from './survey';
