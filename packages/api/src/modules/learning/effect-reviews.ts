import { addDays, DEFAULT_REVIEW_MONTHS, EFFECT_REVIEW_DUE_DAYS } from '@chp/domain';
import { registerEnumType } from 'type-graphql';
import type { ChpContext } from '../../core/context';
import type { Viewer } from '../../core/viewer';
import { ImprovementAction } from './improvement-action.entity';
import { seesAllActions } from './improvement-action.service';

export enum EffectReviewList {
  due = 'due',
  overdue = 'overdue',
}
registerEnumType(EffectReviewList, {
  name: 'EffectReviewList',
  description: 'Effect reviews due within 30 days, or past their date',
});

/**
 * The review date in SQL, as the domain's `effectReviewDate`: the end of monitoring, else
 * DEFAULT_REVIEW_MONTHS after completion (PostgreSQL clamps 31 August + 6 months to 28 February,
 * as the domain does).
 */
export const REVIEW_DATE_SQL = `coalesce(a.monitoring_until, (a.completed_on + interval '${DEFAULT_REVIEW_MONTHS} months')::date)`;

/** Done actions (effect not yet verified) whose review is due soon or overdue, oldest review first. */
export async function effectReviewList(
  ctx: ChpContext,
  viewer: Viewer,
  list: EffectReviewList,
  page: { limit: number; offset: number },
): Promise<{ items: ImprovementAction[]; totalCount: number }> {
  const q = ctx.dataSource
    .getRepository(ImprovementAction)
    .createQueryBuilder('a')
    .where('a.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds })
    .andWhere(`a.status = 'done' AND a.completed_on IS NOT NULL`);
  if (!seesAllActions(viewer)) q.andWhere('a.owner_id = :me', { me: viewer.personId });
  if (list === EffectReviewList.overdue)
    q.andWhere(`${REVIEW_DATE_SQL} < :today`, { today: ctx.today });
  else
    q.andWhere(`${REVIEW_DATE_SQL} BETWEEN :today AND :dueBy`, {
      today: ctx.today,
      dueBy: addDays(ctx.today, EFFECT_REVIEW_DUE_DAYS),
    });
  const [items, totalCount] = await q
    .orderBy(REVIEW_DATE_SQL, 'ASC')
    .addOrderBy('a.id', 'ASC')
    .skip(page.offset)
    .take(page.limit)
    .getManyAndCount();
  return { items, totalCount };
}
