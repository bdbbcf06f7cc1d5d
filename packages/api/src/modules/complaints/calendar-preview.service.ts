import type { EntityManager } from 'typeorm';
import type { ChpContext } from '../../core/context';
import { requireViewer } from '../../core/auth-checker';
import { calendarChanged, ClosureReason, deleteClosureDay, insertClosureDay } from '../calendar';
import {
  ClosureDayChange,
  MovedDateKind,
  type ClosureDayPreview,
  type MovedComplaint,
} from './calendar-preview.types';

export const PREVIEW_SHOWN = 200;

const KINDS = Object.values(MovedDateKind);
const COLUMNS: Record<MovedDateKind, string> = {
  stage1DayOne: 'stage1_day_one',
  stage1DueOn: 'stage1_due_on',
  stage1ExtendedDueOn: 'stage1_extended_due_on',
  stage2DayOne: 'stage2_day_one',
  stage2AcknowledgeBy: 'stage2_acknowledge_by',
  stage2DueOn: 'stage2_due_on',
  stage2ExtendedDueOn: 'stage2_extended_due_on',
};

type Row = { id: string; reference: string } & Record<MovedDateKind, string | null>;

/** The stored dates of every open complaint, as they stand in this transaction. */
async function openComplaintDates(em: EntityManager, organisationId: string): Promise<Row[]> {
  return em.query(
    `SELECT id, reference, ${KINDS.map((k) => `${COLUMNS[k]}::text AS "${k}"`).join(', ')}
       FROM complaint WHERE organisation_id = $1 AND status = 'open' ORDER BY reference`,
    [organisationId],
  );
}

class Rollback extends Error {}

/**
 * What adding or removing a closure day would move (Appendix 1 §1: a closure day is not a working
 * day): the change is made in a transaction exactly as the mutation makes it, every listener of
 * `calendarChanged` refreshes the stored deadlines, the open complaints' dates are compared with
 * those before, and the transaction is rolled back. The same refusals as the mutation apply (a day
 * already closed, a day that is not one).
 */
export async function previewClosureDay(
  ctx: ChpContext,
  date: string,
  change: ClosureDayChange,
): Promise<ClosureDayPreview> {
  const organisationId = requireViewer(ctx).organisationId;
  let preview: ClosureDayPreview | null = null;
  try {
    await ctx.dataSource.transaction(async (em) => {
      const before = await openComplaintDates(em, organisationId);
      if (change === ClosureDayChange.add)
        await insertClosureDay(
          em,
          organisationId,
          { date, reason: ClosureReason.other, description: '' },
          ctx.clock(),
        );
      else await deleteClosureDay(em, organisationId, date);
      await calendarChanged(em, organisationId, date);
      const after = new Map((await openComplaintDates(em, organisationId)).map((r) => [r.id, r]));
      const moved: MovedComplaint[] = [];
      for (const was of before) {
        const now = after.get(was.id);
        if (!now) continue;
        const dates = KINDS.filter((k) => was[k] !== now[k]).map((kind) => ({
          kind,
          from: was[kind],
          to: now[kind],
        }));
        if (dates.length) moved.push({ id: was.id, reference: was.reference, dates });
      }
      preview = {
        date,
        change,
        totalCount: moved.length,
        complaints: moved.slice(0, PREVIEW_SHOWN),
      };
      throw new Rollback('preview only');
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return preview!;
}
