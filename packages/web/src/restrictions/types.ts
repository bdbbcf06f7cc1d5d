import type { RestrictionFieldsFragment } from '../generated/graphql';

/** A contact restriction as the dashboard reads it. */
export type Restriction = RestrictionFieldsFragment;
