import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { COMPLAINT_READERS } from '../../core/role';
import { Complaint, entityFromJson, readWithPage } from '../complaints';
import { Person, personById } from '../people';
import { ImprovementAction } from './improvement-action.entity';
import { actionsByComplaint, rootCausesByComplaint } from './learning.loaders';
import { RootCause } from './root-cause.entity';

/** What the learning module adds to a complaint: its root causes and the actions that address it (complaint readers only). */
@Resolver(() => Complaint)
export class ComplaintLearningResolver {
  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [RootCause])
  rootCauses(@Root() c: Complaint, @Ctx() ctx: ChpContext): RootCause[] | Promise<RootCause[]> {
    return ctx.loaders.load(rootCausesByComplaint, c.id);
  }

  @Authorized(COMPLAINT_READERS)
  @FieldResolver(() => [ImprovementAction], {
    description: 'Improvement actions that address this complaint',
  })
  actions(
    @Root() c: Complaint,
    @Ctx() ctx: ChpContext,
  ): ImprovementAction[] | Promise<ImprovementAction[]> {
    return ctx.loaders.load(actionsByComplaint, c.id);
  }
}

// the register page reads a complaint's root causes and actions (with their owners) in its own
// statement when its items select them (issue 19): handed to the loaders the fields read
readWithPage({
  field: 'rootCauses',
  json: `(SELECT coalesce(json_agg(to_jsonb(rc) ORDER BY rc.name), '[]')
            FROM complaint_root_cause l
            JOIN root_cause rc ON rc.organisation_id = l.organisation_id AND rc.id = l.root_cause_id
           WHERE l.organisation_id = c.organisation_id AND l.complaint_id = c.id)`,
  prime: (ctx, complaintId, list) =>
    ctx.loaders.prime(
      rootCausesByComplaint,
      complaintId,
      list.map((row) => entityFromJson(ctx.dataSource, RootCause, row)),
    ),
});
readWithPage({
  field: 'actions',
  json: `(SELECT coalesce(json_agg(json_build_object('action', to_jsonb(a), 'owner', to_jsonb(o)) ORDER BY a.target_date), '[]')
            FROM improvement_action_complaint l
            JOIN improvement_action a ON a.organisation_id = l.organisation_id AND a.id = l.action_id
            LEFT JOIN person o ON o.organisation_id = a.organisation_id AND o.id = a.owner_id
           WHERE l.organisation_id = c.organisation_id AND l.complaint_id = c.id)`,
  prime: (ctx, complaintId, list) => {
    const actions = list.map((row) => {
      const owner = row['owner'] as Record<string, unknown> | null;
      if (owner)
        ctx.loaders.prime(
          personById,
          owner['id'] as string,
          entityFromJson(ctx.dataSource, Person, owner),
        );
      return entityFromJson(
        ctx.dataSource,
        ImprovementAction,
        row['action'] as Record<string, unknown>,
      );
    });
    ctx.loaders.prime(actionsByComplaint, complaintId, actions);
  },
});
