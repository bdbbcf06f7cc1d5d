import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { checkVersion, lockInScope, mutate } from '../../core/mutation';
import { ADMINISTRATORS } from '../../core/role';
import { RootCause } from './root-cause.entity';
import { MergeRootCausesArgs, NewRootCauseArgs, RootCauseChangesArgs } from './root-cause.inputs';
import {
  assertMove,
  assertNewCauseFits,
  assertParent,
  assertRootCauseNameFree,
  insertRootCause,
  listRootCauses,
  lockTaxonomy,
  mergeRootCause,
} from './root-cause.service';
import { learningError } from './learning.errors';
import { rootCauseById, rootCauseChildren } from './learning.loaders';

@Resolver(() => RootCause)
export class RootCauseResolver {
  @Authorized()
  @Query(() => [RootCause], {
    description:
      'The root-cause taxonomy of your organisation(s) as a flat list in tree order (each group, then its sub-causes by name). Retired causes, and everything under a retired group, only with includeInactive.',
  })
  rootCauses(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: ChpContext,
  ): Promise<RootCause[]> {
    const viewer = requireViewer(ctx);
    return listRootCauses(ctx.dataSource.manager, viewer.organisationIds, includeInactive);
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => RootCause, {
    description:
      'Extends the taxonomy: a new group (no parentId) or a sub-cause. Names are unique among siblings.',
  })
  async createRootCause(
    @Args(() => NewRootCauseArgs) args: NewRootCauseArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<RootCause> {
    const name = args.name.trim();
    return mutate(ctx, 'createRootCause', async (tx) => {
      const organisationId = tx.viewer.organisationId;
      const parentId = args.parentId ?? null;
      if (parentId) {
        await assertParent(tx.em, organisationId, parentId);
        assertNewCauseFits(await lockTaxonomy(tx.em, organisationId), parentId);
      }
      await assertRootCauseNameFree(tx.em, organisationId, parentId, name);
      const rootCause = await insertRootCause(tx.em, {
        organisationId,
        parentId,
        name,
        description: args.description.trim(),
        now: tx.now,
      });
      await tx.audit({
        organisationId,
        entity: 'root_cause',
        entityId: rootCause.id,
        changes: { parentId, name, description: rootCause.description },
      });
      return rootCause;
    });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => RootCause, {
    description:
      'Renames, describes, moves, retires (active: false) or reactivates a root cause. Root causes are never deleted.',
  })
  async updateRootCause(
    @Args(() => RootCauseChangesArgs) args: RootCauseChangesArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<RootCause> {
    return mutate(ctx, 'updateRootCause', async (tx) => {
      const rootCause = await lockInScope(tx, RootCause, 'Root cause', args.id);
      checkVersion('Root cause', rootCause, args.version);
      const set: Partial<RootCause> = {};
      if (args.parentId !== undefined && args.parentId !== rootCause.parentId) {
        if (args.parentId !== null) {
          await assertParent(tx.em, rootCause.organisationId, args.parentId);
          const nodes = await lockTaxonomy(tx.em, rootCause.organisationId);
          assertMove(nodes, rootCause.id, args.parentId);
        }
        set.parentId = args.parentId;
      }
      if (args.name !== undefined && args.name.trim() !== rootCause.name)
        set.name = args.name.trim();
      if (set.name !== undefined || set.parentId !== undefined) {
        await assertRootCauseNameFree(
          tx.em,
          rootCause.organisationId,
          set.parentId !== undefined ? set.parentId : rootCause.parentId,
          set.name ?? rootCause.name,
          rootCause.id,
        );
      }
      if (args.description !== undefined) set.description = args.description.trim();
      if (args.active !== undefined && args.active !== null) {
        // a merged cause stays retired: its records now count under the survivor
        if (args.active && rootCause.mergedIntoId) throw learningError('ACTIVE_ALREADY_MERGED');
        set.active = args.active;
      }
      Object.assign(rootCause, set, { version: rootCause.version + 1 });
      await tx.em
        .getRepository(RootCause)
        .update(
          { organisationId: rootCause.organisationId, id: rootCause.id },
          { ...set, version: rootCause.version },
        );
      await tx.audit({
        organisationId: rootCause.organisationId,
        entity: 'root_cause',
        entityId: rootCause.id,
        changes: set,
      });
      return rootCause;
    });
  }

  @Authorized(ADMINISTRATORS)
  @Mutation(() => RootCause, {
    description:
      'Merges a root cause into another that means the same (the survivor), in one transaction: every complaint and improvement action linked to it is linked to the survivor instead (one link where a record had both); the merged cause stays, retired, with mergedIntoId, so history and the audit log still name it. Answers the survivor.',
  })
  async mergeRootCauses(
    @Args(() => MergeRootCausesArgs) args: MergeRootCausesArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<RootCause> {
    return mutate(ctx, 'mergeRootCauses', async (tx) => {
      const merged = await lockInScope(tx, RootCause, 'Root cause', args.id);
      checkVersion('Root cause', merged, args.version);
      const nodes = await lockTaxonomy(tx.em, merged.organisationId);
      const moved = await mergeRootCause(tx.em, nodes, merged, args.survivorId);
      await tx.audit({
        organisationId: merged.organisationId,
        entity: 'root_cause',
        entityId: merged.id,
        changes: {
          name: merged.name,
          mergedIntoId: args.survivorId,
          active: false,
          complaintLinksMoved: moved.complaintsMoved,
          actionLinksMoved: moved.actionsMoved,
        },
      });
      return tx.em
        .getRepository(RootCause)
        .findOneByOrFail({ organisationId: merged.organisationId, id: args.survivorId });
    });
  }

  @FieldResolver(() => RootCause, {
    nullable: true,
    description: 'The cause this one was merged into',
  })
  mergedInto(
    @Root() rootCause: RootCause,
    @Ctx() ctx: ChpContext,
  ): Promise<RootCause | null> | null {
    return rootCause.mergedIntoId
      ? ctx.loaders.get(rootCauseById).load(rootCause.mergedIntoId)
      : null;
  }

  @FieldResolver(() => RootCause, { nullable: true })
  parent(@Root() rootCause: RootCause, @Ctx() ctx: ChpContext): Promise<RootCause | null> | null {
    return rootCause.parentId ? ctx.loaders.get(rootCauseById).load(rootCause.parentId) : null;
  }

  @FieldResolver(() => [RootCause], { description: 'Sub-causes by name' })
  async children(
    @Root() rootCause: RootCause,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: ChpContext,
  ): Promise<RootCause[]> {
    const children = await ctx.loaders.get(rootCauseChildren).load(rootCause.id);
    return includeInactive ? children : children.filter((c) => c.active);
  }
}
