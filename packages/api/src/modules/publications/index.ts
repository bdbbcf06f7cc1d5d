/**
 * Publications: performance reports drafted, approved and published by staff.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export {
  Publication,
  PublicationItem,
  PublicationItemAction,
  PublicationKind,
  PublicationReviewComment,
} from './publication.entity';
export { publicationResolvers } from './publication.resolvers';
export {
  addPublicationItem,
  approvePublication,
  createPublication,
  publishPublication,
  submitPublication,
  updatePublication,
} from './publication.service';
export {
  checkPersonalData,
  type KnownName,
  type PersonalDataFinding,
  type PublicText,
} from './personal-data-check';
export { publicationPreview, type PublicationPreview } from './publication-preview';
