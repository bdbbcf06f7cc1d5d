/**
 * Restrictions: how a customer may contact the organisation under its unacceptable actions
 * policy (Part 1 §12–13), shown on every complaint of that customer, reviewed by managers.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { ContactRestriction } from './contact-restriction.entity';
export { restrictionResolvers } from './restrictions.resolvers';
