import { Init1795392000000 } from './1795392000000-init';
import { ComplaintsSchema1795400000000 } from './1795400000000-complaints-schema';
import { WorkingDayCalendar1795410000000 } from './1795410000000-working-day-calendar';
import { AnalyticsIndexes1795420000000 } from './1795420000000-analytics-indexes';
import { IndicatorDaySummary1795430000000 } from './1795430000000-indicator-day-summary';
import { Publications1795440000000 } from './1795440000000-publications';
import { PublicationPerPeriod1795450000000 } from './1795450000000-publication-per-period';
import { DemoLoad1795462000000 } from './1795462000000-demo-load';
import { EarliestRecordDate1795465000000 } from './1795465000000-earliest-record-date';
import { RequestBudget1795467200000 } from './1795467200000-request-budget';
import { SeriousStageOneReason1795470100000 } from './1795470100000-serious-stage-one-reason';
import { ContactRestrictions1795472000000 } from './1795472000000-contact-restrictions';
import { RegisterSearch1795474000000 } from './1795474000000-register-search';
import { FirstContact1795471000000 } from './1795471000000-first-contact';
import { Accounts1795476000000 } from './1795476000000-accounts';
import { SearchWords1795477000000 } from './1795477000000-search-words';
import { ReferenceCounter1795480000000 } from './1795480000000-reference-counter';
import { FinancialYearStart1795481000000 } from './1795481000000-financial-year-start';
import { RootCauseMerge1795482000000 } from './1795482000000-root-cause-merge';
import { OrganisationGroups1795483000000 } from './1795483000000-organisation-groups';
import { SingleSignOn1795484000000 } from './1795484000000-single-sign-on';
import { WorkQueues1795485000000 } from './1795485000000-work-queues';
import { CalendarFeeds1795485100000 } from './1795485100000-calendar-feeds';
import { MailOutbox1795486000000 } from './1795486000000-mail-outbox';
import { ComplaintImport1795487000000 } from './1795487000000-complaint-import';
import { Corrections1795488000000 } from './1795488000000-corrections';
import { Retention1795489000000 } from './1795489000000-retention';
import { SetBasedInsertTriggers1795493200000 } from './1795493200000-set-based-insert-triggers';
import { InvestigationFile1795493700000 } from './1795493700000-investigation-file';
import { SearchWordsInsertPlain1795494000000 } from './1795494000000-search-words-insert-plain';
import { RegisterFilterIndexes1795494700000 } from './1795494700000-register-filter-indexes';
import { PublicationReview1795494600000 } from './1795494600000-publication-review';
import { StaffComplainedAbout1795493400000 } from './1795493400000-staff-complained-about';
import { CustomerSide1795493500000 } from './1795493500000-customer-side';
import { Letters1795493600000 } from './1795493600000-letters';
import { RecurrenceThatActs1795494100000 } from './1795494100000-recurrence-that-acts';
import { SpsoRecommendations1795494110000 } from './1795494110000-spso-recommendations';
import { BoardPacks1795494300000 } from './1795494300000-board-packs';
import { SatisfactionSurvey1795494500000 } from './1795494500000-satisfaction-survey';
import { ReceivedSummaries1795495100000 } from './1795495100000-received-summaries';
import { BoardPackSendBack1795494800000 } from './1795494800000-board-pack-send-back';
import { ActionImport1795495000000 } from './1795495000000-action-import';
import { RegisterReferencePrefixCovering1795495400000 } from './1795495400000-register-reference-prefix-covering';
import { TenantKeys1795495500000 } from './1795495500000-tenant-keys';
import { SearchWordsBeforeNumber1795495700000 } from './1795495700000-search-words-before-number';
import { RootCauseTotals1795495800000 } from './1795495800000-root-cause-totals';
import { ReceivedByDimension1795495810000 } from './1795495810000-received-by-dimension';
import { ActionEffectDue1795496100000 } from './1795496100000-action-effect-due';
import { CauseSubtreeSummaries1795496200000 } from './1795496200000-cause-subtree-summaries';
import { OverdueActions1795496300000 } from './1795496300000-overdue-actions';

/** Every migration, oldest first. */
export const migrations = [
  Init1795392000000,
  ComplaintsSchema1795400000000,
  WorkingDayCalendar1795410000000,
  AnalyticsIndexes1795420000000,
  IndicatorDaySummary1795430000000,
  Publications1795440000000,
  PublicationPerPeriod1795450000000,
  DemoLoad1795462000000,
  EarliestRecordDate1795465000000,
  RequestBudget1795467200000,
  SeriousStageOneReason1795470100000,
  FirstContact1795471000000,
  ContactRestrictions1795472000000,
  RegisterSearch1795474000000,
  Accounts1795476000000,
  SearchWords1795477000000,
  ReferenceCounter1795480000000,
  FinancialYearStart1795481000000,
  RootCauseMerge1795482000000,
  OrganisationGroups1795483000000,
  SingleSignOn1795484000000,
  WorkQueues1795485000000,
  CalendarFeeds1795485100000,
  MailOutbox1795486000000,
  ComplaintImport1795487000000,
  Corrections1795488000000,
  Retention1795489000000,
  SetBasedInsertTriggers1795493200000,
  StaffComplainedAbout1795493400000,
  CustomerSide1795493500000,
  Letters1795493600000,
  InvestigationFile1795493700000,
  SearchWordsInsertPlain1795494000000,
  RecurrenceThatActs1795494100000,
  SpsoRecommendations1795494110000,
  BoardPacks1795494300000,
  SatisfactionSurvey1795494500000,
  PublicationReview1795494600000,
  RegisterFilterIndexes1795494700000,
  BoardPackSendBack1795494800000,
  ActionImport1795495000000,
  ReceivedSummaries1795495100000,
  RegisterReferencePrefixCovering1795495400000,
  TenantKeys1795495500000,
  SearchWordsBeforeNumber1795495700000,
  RootCauseTotals1795495800000,
  ReceivedByDimension1795495810000,
  ActionEffectDue1795496100000,
  CauseSubtreeSummaries1795496200000,
  OverdueActions1795496300000,
];
