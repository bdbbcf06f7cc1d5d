/**
 * Organisations: the organisation, its group and its settings.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { Organisation, Sector } from './organisation.entity';
export { organisationById } from './organisation.loaders';
export { OrganisationResolver } from './organisation.resolver';
export { createOrganisation } from './organisation.service';
export { OrganisationGroup } from './organisation-group.entity';
export { groupOfReader, slugTaken } from './organisation-group.service';
