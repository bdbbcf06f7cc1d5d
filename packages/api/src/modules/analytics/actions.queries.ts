import { OPEN_ACTION_STATUSES, share } from '@chp/domain';
import type { DataSource } from 'typeorm';
import { ImprovementAction } from '../learning';
import type { ActionRecurrence, ActionsCompletedOnTime, OverdueActions } from './analytics.types';
import { LOCAL_END, LOCAL_START, reportingPeriod } from './indicators.queries';
import { addDays, type Period } from './period';

const OPEN = [...OPEN_ACTION_STATUSES] as string[];

/**
 * Open actions (proposed, authorised, in progress) whose target date is from today to
 * today + `days` calendar days (the domain's `due_soon`, overdue ones excluded), soonest first:
 * the count and a page, in ONE statement (a window count beside the page).
 */
export async function actionsDueSoon(
  ds: DataSource,
  organisationIds: string[],
  ownerId: string | null,
  today: string,
  days: number,
  limit: number,
  offset: number,
): Promise<{ count: number; items: ImprovementAction[] }> {
  const q = ds
    .getRepository(ImprovementAction)
    .createQueryBuilder('a')
    .where('a.organisation_id IN (:...orgs)', { orgs: organisationIds })
    .andWhere('a.status IN (:...open)', { open: OPEN })
    .andWhere('a.target_date >= :today AND a.target_date <= :dueBy', {
      today,
      dueBy: addDays(today, days),
    });
  if (ownerId) q.andWhere('a.owner_id = :ownerId', { ownerId });
  const [items, count] = await q
    .orderBy('a.target_date', 'ASC')
    .addOrderBy('a.created_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { count, items };
}

/**
 * Open actions past their target date, counted by owner and by service area (one statement,
 * GROUPING SETS): the counts come from improvement_action_overdue_idx alone (migration
 * OverdueActions), and the names are read for the counted owners and areas only.
 */
export async function overdueActions(
  ds: DataSource,
  organisationIds: string[],
  today: string,
): Promise<OverdueActions> {
  const rows: {
    owner_id: string | null;
    owner_name: string | null;
    service_area_id: string | null;
    service_area_name: string | null;
    n: number;
  }[] = await ds.query(
    `
    WITH counted AS (
      SELECT a.organisation_id, a.owner_id, a.service_area_id, count(*)::int AS n
        FROM improvement_action a
       WHERE a.organisation_id = ANY($1::uuid[]) AND a.status = ANY($2::text[]) AND a.target_date < $3::date
       GROUP BY GROUPING SETS ((a.organisation_id, a.owner_id), (a.organisation_id, a.service_area_id), ())
    )
    SELECT c.owner_id, p.name AS owner_name, c.service_area_id, sa.name AS service_area_name, c.n
      FROM counted c
      LEFT JOIN person p ON p.organisation_id = c.organisation_id AND p.id = c.owner_id
      LEFT JOIN service_area sa ON sa.organisation_id = c.organisation_id AND sa.id = c.service_area_id`,
    [organisationIds, OPEN, today],
  );
  const byName =
    <T extends { count: number }>(name: (t: T) => string) =>
    (a: T, b: T) =>
      b.count - a.count || name(a).localeCompare(name(b), 'en-GB');
  return {
    total: rows.find((r) => r.owner_id === null && r.service_area_id === null)?.n ?? 0,
    byOwner: rows
      .filter((r) => r.owner_id !== null)
      .map((r) => ({ ownerId: r.owner_id!, ownerName: r.owner_name!, count: r.n }))
      .sort(byName((t) => t.ownerName)),
    byServiceArea: rows
      .filter((r) => r.service_area_id !== null)
      .map((r) => ({
        serviceAreaId: r.service_area_id!,
        serviceAreaName: r.service_area_name!,
        count: r.n,
      }))
      .sort(byName((t) => t.serviceAreaName)),
  };
}

/** Actions done (or since verified) with a completion date in the period, and how many on or before their target date. */
export async function actionsCompletedOnTime(
  ds: DataSource,
  organisationIds: string[],
  period: Period,
): Promise<ActionsCompletedOnTime> {
  const [row]: { completed: number; on_time: number }[] = await ds.query(
    `
    SELECT count(*)::int AS completed, count(*) FILTER (WHERE a.completed_on <= a.target_date)::int AS on_time
      FROM improvement_action a
     WHERE a.organisation_id = ANY($1::uuid[]) AND a.status IN ('done', 'verified') AND a.completed_on BETWEEN $2::date AND $3::date`,
    [organisationIds, period.from, period.to],
  );
  const { completed, on_time: onTime } = row!;
  return {
    period: reportingPeriod(period),
    completed,
    onTime,
    late: completed - onTime,
    onTimeShare: share(onTime, completed),
  };
}

/**
 * The recurrence check: complaints of the action's service area with one of its root causes (or
 * a cause under one) received (local date) in the `windowDays` days before the completion day
 * and in the `windowDays` days after it (the completion day itself in neither). ONE statement.
 */
export async function recurrence(
  ds: DataSource,
  action: { organisationId: string; id: string; serviceAreaId: string; completedOn: string },
  windowDays: number,
  today: string,
): Promise<ActionRecurrence> {
  const beforeFrom = addDays(action.completedOn, -windowDays);
  const beforeTo = addDays(action.completedOn, -1);
  const afterFrom = addDays(action.completedOn, 1);
  const afterTo = addDays(action.completedOn, windowDays);
  const rows: {
    root_cause_id: string | null;
    name: string | null;
    before: number;
    after: number;
  }[] = await ds.query(
    `
    WITH RECURSIVE tree AS (
      SELECT l.root_cause_id AS top, l.root_cause_id AS id FROM improvement_action_root_cause l
       WHERE l.organisation_id = $1 AND l.action_id = $2
      UNION
      SELECT tree.top, r.id FROM root_cause r JOIN tree ON r.organisation_id = $1 AND r.parent_id = tree.id
    ),
    hits AS (
      SELECT DISTINCT tree.top, c.id, c.received_at < ${LOCAL_END('$5::date')} AS before
        FROM complaint c
        JOIN complaint_root_cause crc ON crc.organisation_id = c.organisation_id AND crc.complaint_id = c.id
        JOIN tree ON tree.id = crc.root_cause_id
       WHERE c.organisation_id = $1 AND c.service_area_id = $3
         AND ((c.received_at >= ${LOCAL_START('$4::date')} AND c.received_at < ${LOCAL_END('$5::date')})
           OR (c.received_at >= ${LOCAL_START('$6::date')} AND c.received_at < ${LOCAL_END('$7::date')}))
    )
    SELECT t.top AS root_cause_id, r.name, count(DISTINCT h.id) FILTER (WHERE h.before)::int AS before, count(DISTINCT h.id) FILTER (WHERE NOT h.before)::int AS after
      FROM (SELECT DISTINCT top FROM tree) t JOIN root_cause r ON r.organisation_id = $1 AND r.id = t.top
      LEFT JOIN hits h ON h.top = t.top
     GROUP BY GROUPING SETS ((t.top, r.name), ())`,
    [
      action.organisationId,
      action.id,
      action.serviceAreaId,
      beforeFrom,
      beforeTo,
      afterFrom,
      afterTo,
    ],
  );
  const total = rows.find((r) => r.root_cause_id === null);
  return {
    actionId: action.id,
    serviceAreaId: action.serviceAreaId,
    completedOn: action.completedOn,
    windowDays,
    beforeFrom,
    beforeTo,
    afterFrom,
    afterTo,
    afterWindowComplete: afterTo < today,
    before: total?.before ?? 0,
    after: total?.after ?? 0,
    byRootCause: rows
      .filter((r) => r.root_cause_id !== null)
      .map((r) => ({
        rootCauseId: r.root_cause_id!,
        rootCauseName: r.name!,
        before: r.before,
        after: r.after,
      }))
      .sort((a, b) => a.rootCauseName.localeCompare(b.rootCauseName, 'en-GB')),
  };
}
