import { defineLoader, loadById, loadLinked, loadManyByKey } from '../../core/loaders';
import { Person } from '../people';
import { ComplaintEvent } from './complaint-event.entity';
import { ComplaintPoint } from './complaint-point.entity';
import { Complaint } from './complaint.entity';
import { Customer } from './customer.entity';

/** A complaint by id. */
export const complaintById = defineLoader('complaintById', ({ dataSource, organisationIds }) =>
  loadById(dataSource, Complaint, organisationIds),
);

/** A customer by id. */
export const customerById = defineLoader('customerById', ({ dataSource, organisationIds }) =>
  loadById(dataSource, Customer, organisationIds),
);

/** A complaint's journey steps, oldest first. */
export const eventsByComplaint = defineLoader(
  'eventsByComplaint',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, ComplaintEvent, 'complaintId', organisationIds, { sequence: 'ASC' }),
);

/** A complaint's points (stage 2), in order. */
export const pointsByComplaint = defineLoader(
  'pointsByComplaint',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, ComplaintPoint, 'complaintId', organisationIds, { position: 'ASC' }),
);

/** The staff a complaint is about. */
export const namedStaffByComplaint = defineLoader(
  'namedStaffByComplaint',
  ({ dataSource, organisationIds }) =>
    loadLinked(
      dataSource,
      Person,
      { table: 'complaint_staff_member', from: 'complaint_id', to: 'person_id' },
      organisationIds,
      'name',
    ),
);
