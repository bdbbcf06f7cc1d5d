import { defineLoader, loadById } from '../../core/loaders';
import { Organisation } from './organisation.entity';

/** An organisation by id (only the viewer's own, or, with group access, its group's members). */
export const organisationById = defineLoader(
  'organisationById',
  ({ dataSource, figureOrganisationIds }) =>
    loadById(dataSource, Organisation, figureOrganisationIds, 'id'),
);
