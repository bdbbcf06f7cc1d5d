import {
  ComplaintRestrictionsResolver,
  ContactRestrictionFieldsResolver,
} from './restriction-fields.resolver';
import { ContactRestrictionResolver } from './restriction.resolver';

/** The restrictions module's resolvers. */
export const restrictionResolvers = [
  ContactRestrictionResolver,
  ContactRestrictionFieldsResolver,
  ComplaintRestrictionsResolver,
] as const;
