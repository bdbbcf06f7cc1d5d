import { defineLoader, loadById } from '../../core/loaders';
import { Person } from './person.entity';
import { ServiceArea } from './service-area.entity';

/** A member of staff by id. */
export const personById = defineLoader('personById', ({ dataSource, organisationIds }) =>
  loadById(dataSource, Person, organisationIds),
);

/** A service area by id. */
export const serviceAreaById = defineLoader('serviceAreaById', ({ dataSource, organisationIds }) =>
  loadById(dataSource, ServiceArea, organisationIds),
);
