import { defineLoader, loadById } from '../../core/loaders';
import { Organisation } from './organisation.entity';

/** An organisation by id (only the viewer's own, or their group's). */
export const organisationById = defineLoader(
  'organisationById',
  ({ dataSource, organisationIds }) => loadById(dataSource, Organisation, organisationIds, 'id'),
);
