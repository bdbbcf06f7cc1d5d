import {
  PublicationFieldsResolver,
  PublicationItemResolver,
  PublicationReviewCommentResolver,
} from './publication-fields.resolver';
import { PublicationResolver } from './publication.resolver';

/** The publications module's resolvers. */
export const publicationResolvers = [
  PublicationResolver,
  PublicationFieldsResolver,
  PublicationItemResolver,
  PublicationReviewCommentResolver,
] as const;
