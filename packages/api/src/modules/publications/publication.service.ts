/** The publication service: every step the resolvers call, each from the file that holds it. */
export { publicationPeriod } from './publication-store';
export { publicTexts, loadKnownNames, findingsOf, assertNoPersonalData } from './publication-texts';
export {
  createPublication,
  updatePublication,
  addPublicationItem,
  updatePublicationItem,
  removePublicationItem,
} from './publication-drafting.service';
export type { TextChanges } from './publication-drafting.service';
export {
  submitPublication,
  freezeFigures,
  approvePublication,
  sendBackPublication,
  publishPublication,
  withdrawPublication,
} from './publication-approval.service';
