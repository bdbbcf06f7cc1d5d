import DataLoader from 'dataloader';
import { defineLoader } from '../../core/loaders';
import { ImprovementAction } from '../learning';
import { PublicationItem } from './publication.entity';

/** A publication's items, in order. */
export const itemsByPublication = defineLoader(
  'itemsByPublication',
  ({ dataSource, organisationIds: orgs }) =>
    new DataLoader<string, PublicationItem[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(PublicationItem)
        .createQueryBuilder('i')
        .where('i.organisation_id = ANY(:orgs) AND i.publication_id = ANY(:ids)', {
          orgs,
          ids: [...ids],
        })
        .orderBy('i.position', 'ASC')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.publicationId === id));
    }),
);

/** The improvement actions a publication item reports on, latest completed first. */
export const actionsByItem = defineLoader(
  'actionsByItem',
  ({ dataSource, organisationIds: orgs }) =>
    new DataLoader<string, ImprovementAction[]>(async (ids) => {
      const rows: (ImprovementAction & { itemId: string })[] = await dataSource
        .getRepository(ImprovementAction)
        .createQueryBuilder('a')
        .innerJoin(
          'publication_item_action',
          'l',
          'l.organisation_id = a.organisation_id AND l.action_id = a.id',
        )
        .addSelect('l.item_id', 'item_id')
        .where('a.organisation_id = ANY(:orgs) AND l.item_id = ANY(:ids)', {
          orgs,
          ids: [...ids],
        })
        .orderBy('a.completed_on', 'DESC')
        .getRawAndEntities()
        .then(({ raw, entities }) =>
          entities.map((e, i) =>
            Object.assign(e, { itemId: (raw as { item_id: string }[])[i]!.item_id }),
          ),
        );
      return ids.map((id) => rows.filter((r) => r.itemId === id));
    }),
);
