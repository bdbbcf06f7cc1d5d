import { HealthResolver } from './health.resolver';
import { PublicationPreviewResolver } from './publication-preview.resolver';
import { AuthResolver, PasswordLinkResolver } from '../modules/auth';
import { PeopleResolver } from '../modules/people';
import { ServiceAreaResolver } from '../modules/people';
import { OrganisationResolver } from '../modules/organisations';
import { BankHolidayResolver, CalendarResolver, onCalendarChange } from '../modules/calendar';
import { refreshProjections } from '../modules/complaints';
import { AuditResolver } from '../modules/audit';
import { learningResolvers } from '../modules/learning';
import { complaintResolvers } from '../modules/complaints';
import { publicationResolvers } from '../modules/publications';
import { boardPackResolvers } from '../modules/board-packs';
import { analyticsResolvers } from '../modules/analytics';
import { restrictionResolvers } from '../modules/restrictions';
import { letterResolvers } from '../modules/letters';
import { retentionResolvers } from '../modules/retention';
import { PlatformResolver } from '../modules/platform';
import { SingleSignOnResolver } from '../modules/sso';
import { workResolvers } from '../modules/work';
import { investigationResolvers } from '../modules/investigation';
import { MailResolver } from '../modules/mail';
import { ImportResolver } from '../modules/imports';
import { ReturnsResolver } from '../modules/returns';
import { spsoResolvers } from '../modules/spso';
import { SurveyResolver, useSurveyCommentCheck } from '../modules/survey';
import { checkPersonalData } from '../modules/publications';

// A closure day added or removed, or a new cut-off time, moves complaints' day one and due dates.
onCalendarChange(refreshProjections);
// A survey comment goes through the publications' personal-data check (docs/procedure.md, Satisfaction survey).
useSurveyCommentCheck(checkPersonalData);

/** Every resolver class of the schema; each module adds its own here. */
export const resolvers = [
  HealthResolver,
  PublicationPreviewResolver,
  AuthResolver,
  PasswordLinkResolver,
  PeopleResolver,
  ServiceAreaResolver,
  OrganisationResolver,
  PlatformResolver,
  CalendarResolver,
  BankHolidayResolver,
  AuditResolver,
  SingleSignOnResolver,
  ...complaintResolvers,
  ...learningResolvers,
  SurveyResolver,
  ...analyticsResolvers,
  ...publicationResolvers,
  ...boardPackResolvers,
  ...restrictionResolvers,
  ...letterResolvers,
  ...retentionResolvers,
  ...workResolvers,
  ...investigationResolvers,
  MailResolver,
  ImportResolver,
  ReturnsResolver,
  ...spsoResolvers,
] as const;
