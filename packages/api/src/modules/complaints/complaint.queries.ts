import { addWorkingDays } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import type { PageArgs } from '../../core/pagination';
import type { Viewer } from '../../core/viewer';
import { timelineSettingsByOrganisation } from '../calendar';
import { Complaint } from './complaint.entity';
import { DeadlineFilter, type ComplaintFilter } from './complaint-filter.inputs';
import { DUE_SOON_WORKING_DAYS } from './timeline.type';

/** The current stage's working deadline (extended due date if any), from the projection columns. */
const DEADLINE = `(CASE WHEN c.current_stage = 1 THEN coalesce(c.stage1_extended_due_on, c.stage1_due_on)
                        ELSE coalesce(c.stage2_extended_due_on, c.stage2_due_on) END)`;

/**
 * Per organisation, the first date that is NOT due soon as of today: the (N+1)th working day
 * after today on its calendar. An open stage is due soon (domain `stageStatus`) when at most N
 * working days are left after today, i.e. today <= deadline < that date.
 */
async function dueSoonLimits(
  ctx: ChpContext,
  organisationIds: string[],
): Promise<Record<string, string>> {
  const settings = await ctx.loaders.get(timelineSettingsByOrganisation).loadMany(organisationIds);
  const limits: Record<string, string> = {};
  organisationIds.forEach((id, i) => {
    const s = settings[i];
    if (!s || s instanceof Error) return;
    limits[id] = addWorkingDays(ctx.today, DUE_SOON_WORKING_DAYS + 1, s);
  });
  return limits;
}

export async function findComplaints(
  ctx: ChpContext,
  viewer: Viewer,
  filter: ComplaintFilter,
  page: PageArgs,
): Promise<{ items: Complaint[]; countTotal: () => Promise<number> }> {
  const q = ctx.dataSource
    .getRepository(Complaint)
    .createQueryBuilder('c')
    .where('c.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds });
  if (filter.status) q.andWhere('c.status = :status', { status: filter.status });
  if (filter.stage) q.andWhere('c.current_stage = :stage', { stage: filter.stage });
  if (filter.route) q.andWhere('c.route = :route', { route: filter.route });
  if (filter.serviceAreaId) q.andWhere('c.service_area_id = :area', { area: filter.serviceAreaId });
  if (filter.handlerId) q.andWhere('c.handler_id = :handler', { handler: filter.handlerId });
  // between London midnights, so the received_at index serves the range (no conversion per row)
  if (filter.receivedFrom)
    q.andWhere(`c.received_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/London')`, {
      from: filter.receivedFrom,
    });
  if (filter.receivedTo)
    q.andWhere(
      `c.received_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/London')`,
      { to: filter.receivedTo },
    );
  if (filter.outcome) {
    q.andWhere(
      '(CASE WHEN c.current_stage = 1 THEN c.stage1_outcome ELSE c.stage2_outcome END) = :outcome',
      { outcome: filter.outcome },
    );
  }
  if (filter.search)
    q.andWhere('c.reference ILIKE :prefix', {
      prefix: `${filter.search.trim().replace(/[\\%_]/g, '\\$&')}%`,
    });
  // §36: serious complaints kept at stage 1, for managers (docs/procedure.md §36)
  if (filter.seriousAtStageOne === true) q.andWhere('c.serious AND c.current_stage = 1');
  else if (filter.seriousAtStageOne === false)
    q.andWhere('NOT (c.serious AND c.current_stage = 1)');
  if (filter.deadline === DeadlineFilter.overdue) {
    q.andWhere(`c.status = 'open' AND ${DEADLINE} < :today`, { today: ctx.today });
  } else if (filter.deadline === DeadlineFilter.due_soon) {
    const limits = await dueSoonLimits(ctx, viewer.organisationIds);
    q.andWhere(
      `c.status = 'open' AND ${DEADLINE} >= :today AND ${DEADLINE} < (CAST(:limits AS jsonb) ->> c.organisation_id::text)::date`,
      { today: ctx.today, limits: JSON.stringify(limits) },
    );
  }
  const count = q.clone();
  const items = await q
    .orderBy('c.received_at', 'DESC')
    .addOrderBy('c.id', 'ASC')
    .skip(page.offset)
    .take(page.limit)
    .getMany();
  return { items, countTotal: () => count.getCount() };
}
