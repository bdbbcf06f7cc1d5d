import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader } from '../../core/loaders';
import { OrganisationGroup } from './organisation-group.entity';

/** A group by id: its name only, so any signed-in viewer may read the group of an organisation they see. */
export const organisationGroupById = defineLoader(
  'organisationGroupById',
  ({ dataSource }) =>
    new DataLoader<string, OrganisationGroup | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(OrganisationGroup)
        .find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
);
