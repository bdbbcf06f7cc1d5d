import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  BOARD_PACK_SECTIONS,
  BOARD_PACK_STEPS,
  approvesBoardPacks,
  boardPackStep,
  draftsBoardPacks,
  mayTakePublicationStep,
  readsBoardPacks,
  rolesThat,
} from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { notFound } from '../../core/errors';
import { isUuid } from '../../core/mutation';
import { resolvePeriod } from '../analytics';
import { BoardPack, BoardPackCommentary } from './board-pack.entity';
import {
  BoardPackRefArgs,
  DraftBoardPackArgs,
  SendBackBoardPackArgs,
  UpdateBoardPackNarrativeArgs,
} from './board-pack.inputs';
import {
  approveBoardPack,
  draftBoardPack,
  refreshBoardPackFigures,
  sendBackBoardPack,
  submitBoardPack,
  updateBoardPackNarrative,
  withdrawBoardPack,
} from './board-pack.service';

/** Who reads board packs (managers; communications read only), drafts them (managers) and approves them (senior managers and managers). */
export const BOARD_PACK_READERS = rolesThat(readsBoardPacks);
export const BOARD_PACK_AUTHORS = rolesThat(draftsBoardPacks);
export const BOARD_PACK_APPROVERS = rolesThat(approvesBoardPacks);

/** Board packs of the viewer's own organisation: the list, one pack, and its steps. */
@Resolver(() => BoardPack)
export class BoardPackResolver {
  @Authorized(...BOARD_PACK_READERS)
  @Query(() => [BoardPack], {
    description: 'Board packs of your organisation, newest quarter first',
  })
  async boardPacks(@Ctx() ctx: ChpContext): Promise<BoardPack[]> {
    const viewer = requireViewer(ctx);
    return ctx.dataSource.getRepository(BoardPack).find({
      where: { organisationId: viewer.organisationId },
      order: { periodFrom: 'DESC', edition: 'DESC' },
      take: 200,
    });
  }

  @Authorized(...BOARD_PACK_READERS)
  @Query(() => BoardPack)
  async boardPack(@Arg('id', () => ID) id: string, @Ctx() ctx: ChpContext): Promise<BoardPack> {
    const viewer = requireViewer(ctx);
    const p = isUuid(id)
      ? await ctx.dataSource
          .getRepository(BoardPack)
          .findOne({ where: { organisationId: viewer.organisationId, id } })
      : null;
    if (!p) throw notFound('Board pack');
    return p;
  }

  @FieldResolver(() => [BoardPackCommentary], {
    description: 'Every section of the pack in order, with its commentary (empty when none)',
  })
  commentary(@Root() p: BoardPack): BoardPackCommentary[] {
    return BOARD_PACK_SECTIONS.map((s) => ({
      section: s.key,
      title: s.title,
      text: p.commentary[s.key] ?? '',
    }));
  }

  @FieldResolver(() => Boolean, { description: 'You drafted this pack (so you cannot approve it)' })
  isAuthor(@Root() p: BoardPack, @Ctx() ctx: ChpContext): boolean {
    return p.authorId === requireViewer(ctx).personId;
  }

  @FieldResolver(() => [String], {
    description: 'The steps you may take now: edit, submit, sendBack, approve, withdraw',
  })
  allowedSteps(@Root() p: BoardPack, @Ctx() ctx: ChpContext): string[] {
    const viewer = requireViewer(ctx);
    const who = {
      role: viewer.role,
      isAuthor: p.authorId === viewer.personId,
      isLastEditor: p.lastEditedById === viewer.personId,
    };
    return BOARD_PACK_STEPS.filter(
      (s) =>
        boardPackStep(p.status, s).ok &&
        (s === 'approve' || s === 'sendBack'
          ? mayTakePublicationStep(s, who)
          : draftsBoardPacks(viewer.role)),
    );
  }

  @Authorized(...BOARD_PACK_AUTHORS)
  @Mutation(() => BoardPack, {
    description:
      "Drafts the board pack of an ended quarter of the organisation's reporting year; figures are computed now",
  })
  async draftBoardPack(
    @Args(() => DraftBoardPackArgs) a: DraftBoardPackArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    const viewer = requireViewer(ctx);
    const [org] = await ctx.dataSource.query<{ financial_year_start_month: number }[]>(
      `SELECT financial_year_start_month FROM organisation WHERE id = $1`,
      [viewer.organisationId],
    );
    const quarter = resolvePeriod(
      {
        financialQuarter: a.quarter,
        financialYearStartMonth: org?.financial_year_start_month ?? null,
      },
      'quarter',
    );
    return draftBoardPack(ctx, quarter);
  }

  @Authorized(...BOARD_PACK_AUTHORS)
  @Mutation(() => BoardPack, {
    description: 'Changes the summary and section commentary (draft or in review)',
  })
  updateBoardPackNarrative(
    @Args(() => UpdateBoardPackNarrativeArgs) a: UpdateBoardPackNarrativeArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    return updateBoardPackNarrative(ctx, a.id, a.version, {
      summary: a.summary,
      commentary: a.commentary,
    });
  }

  @Authorized(...BOARD_PACK_AUTHORS)
  @Mutation(() => BoardPack, {
    description: "Computes the figures again from today's records (draft or in review)",
  })
  refreshBoardPackFigures(
    @Args(() => BoardPackRefArgs) a: BoardPackRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    return refreshBoardPackFigures(ctx, a.id, a.version);
  }

  @Authorized(...BOARD_PACK_AUTHORS)
  @Mutation(() => BoardPack)
  submitBoardPackForReview(
    @Args(() => BoardPackRefArgs) a: BoardPackRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    return submitBoardPack(ctx, a.id, a.version);
  }

  @Authorized(...BOARD_PACK_APPROVERS)
  @Mutation(() => BoardPack, {
    description:
      'Approves a pack in review (not your own); its figures and text are frozen from now on',
  })
  approveBoardPack(
    @Args(() => BoardPackRefArgs) a: BoardPackRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    return approveBoardPack(ctx, a.id, a.version);
  }

  @Authorized(...BOARD_PACK_APPROVERS)
  @Mutation(() => BoardPack, {
    description:
      'Sends a pack in review (not your own) back to draft with a comment saying what the author should change',
  })
  sendBackBoardPack(
    @Args(() => SendBackBoardPackArgs) a: SendBackBoardPackArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    return sendBackBoardPack(ctx, a.id, a.version, a.comment);
  }

  @Authorized(...BOARD_PACK_AUTHORS)
  @Mutation(() => BoardPack, {
    description: 'Withdraws a pack in draft or review (frees the quarter)',
  })
  withdrawBoardPack(
    @Args(() => BoardPackRefArgs) a: BoardPackRefArgs,
    @Ctx() ctx: ChpContext,
  ): Promise<BoardPack> {
    return withdrawBoardPack(ctx, a.id, a.version);
  }
}
