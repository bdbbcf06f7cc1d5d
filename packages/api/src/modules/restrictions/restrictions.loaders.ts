import DataLoader from 'dataloader';
import { defineLoader } from '../../core/loaders';
import type { ContactRestriction } from './contact-restriction.entity';
import { restrictionsOfComplaints } from './restriction.queries';

/** The contact restrictions of each complaint's customer (one batch: two statements). */
export const restrictionsByComplaint = defineLoader(
  'restrictionsByComplaint',
  ({ dataSource, organisationIds }) =>
    new DataLoader<string, ContactRestriction[]>((complaintIds) =>
      restrictionsOfComplaints(dataSource, organisationIds, complaintIds),
    ),
);
