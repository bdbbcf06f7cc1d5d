import { HealthResolver } from './health.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { PeopleResolver } from '../modules/people/people.resolver';
import { ServiceAreaResolver } from '../modules/people/service-area.resolver';
import { OrganisationResolver } from '../modules/organisations/organisation.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { learningResolvers } from '../modules/learning/learning.resolvers';
import { complaintResolvers } from '../modules/complaints/complaint.resolver';
import { publicationResolvers } from '../modules/publications/publication.resolver';
import { analyticsResolvers } from '../modules/analytics/analytics.resolver';

/** Every resolver class of the schema; each module adds its own here. */
export const resolvers = [
  HealthResolver,
  AuthResolver,
  PeopleResolver,
  ServiceAreaResolver,
  OrganisationResolver,
  AuditResolver,
  ...complaintResolvers,
  ...learningResolvers,
  ...analyticsResolvers,
  ...publicationResolvers,
] as const;
