import DataLoader from 'dataloader';
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

/**
 * An organisation's sector (docs/procedure.md, Sector settings), for the rules that depend on it
 * (the Tribunal, §74); null outside the viewer's scope. Read here rather than through the
 * organisations module, which depends on this one.
 */
export const sectorByOrganisation = defineLoader(
  'sectorByOrganisation',
  (scope) =>
    new DataLoader<string, string | null>(async (ids) => {
      const inScope = ids.filter((id) => scope.organisationIds.includes(id));
      const rows = inScope.length
        ? await scope.dataSource.query<{ id: string; sector: string }[]>(
            `SELECT id, sector FROM organisation WHERE id = ANY($1::uuid[])`,
            [inScope],
          )
        : [];
      const sector = new Map(rows.map((r) => [r.id, r.sector]));
      return ids.map((id) => sector.get(id) ?? null);
    }),
);
