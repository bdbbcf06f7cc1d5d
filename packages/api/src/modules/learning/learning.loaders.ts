import type { ChpContext } from '../../app/context';
import { loadManyByKey } from '../../core/loaders';
import { RootCause } from './root-cause.entity';

function createLearningLoaders(ctx: ChpContext) {
  const organisationIds = ctx.viewer?.organisationIds ?? [];
  return {
    /** A root cause's children (all of them; resolvers filter inactive ones). */
    rootCauseChildren: loadManyByKey(ctx.dataSource, RootCause, 'parentId', organisationIds, {
      name: 'ASC',
    }),
  };
}

export type LearningLoaders = ReturnType<typeof createLearningLoaders>;

const perRequest = new WeakMap<ChpContext, LearningLoaders>();

/**
 * The learning module's own per-request DataLoaders, created on first use and attached to the
 * request's context (never shared between requests), next to the shared `ctx.loaders`.
 */
export function learningLoaders(ctx: ChpContext): LearningLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createLearningLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
