import { defineLoader, loadById, loadLinked, loadManyByKey } from '../../core/loaders';
import { Complaint } from '../complaints';
import { Person, personById } from '../people';
import { ImprovementActionProgress } from './improvement-action-progress.entity';
import { ImprovementAction } from './improvement-action.entity';
import { RootCause } from './root-cause.entity';

/** A root cause by id. */
export const rootCauseById = defineLoader('rootCauseById', ({ dataSource, organisationIds }) =>
  loadById(dataSource, RootCause, organisationIds),
);

/** A root cause's children (all of them; resolvers filter inactive ones). */
export const rootCauseChildren = defineLoader(
  'rootCauseChildren',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, RootCause, 'parentId', organisationIds, { name: 'ASC' }),
);

/** An improvement action's progress updates, oldest first. */
export const progressByAction = defineLoader(
  'progressByAction',
  ({ dataSource, organisationIds }) =>
    loadManyByKey(dataSource, ImprovementActionProgress, 'actionId', organisationIds, {
      recordedAt: 'ASC',
    }),
);

/** A complaint's root causes. */
export const rootCausesByComplaint = defineLoader(
  'rootCausesByComplaint',
  ({ dataSource, organisationIds }) =>
    loadLinked(
      dataSource,
      RootCause,
      { table: 'complaint_root_cause', from: 'complaint_id', to: 'root_cause_id' },
      organisationIds,
      'name',
    ),
);

/**
 * The improvement actions that address a complaint, each with its owner in the same statement
 * (issue 19: a page's actions with their owners cost one statement, not two).
 */
export const actionsByComplaint = defineLoader(
  'actionsByComplaint',
  ({ dataSource, organisationIds, loaders }) =>
    loadLinked(
      dataSource,
      ImprovementAction,
      { table: 'improvement_action_complaint', from: 'complaint_id', to: 'action_id' },
      organisationIds,
      'target_date',
      {
        entity: Person,
        column: 'owner_id',
        prime: (owner) => loaders.get(personById).prime(owner.id, owner),
      },
    ),
);

/** The complaints an improvement action addresses. */
export const complaintsByAction = defineLoader(
  'complaintsByAction',
  ({ dataSource, organisationIds }) =>
    loadLinked(
      dataSource,
      Complaint,
      { table: 'improvement_action_complaint', from: 'action_id', to: 'complaint_id' },
      organisationIds,
      'received_at',
    ),
);

/** The root causes an improvement action addresses. */
export const rootCausesByAction = defineLoader(
  'rootCausesByAction',
  ({ dataSource, organisationIds }) =>
    loadLinked(
      dataSource,
      RootCause,
      { table: 'improvement_action_root_cause', from: 'action_id', to: 'root_cause_id' },
      organisationIds,
      'name',
    ),
);
