import type { SelectQueryBuilder } from 'typeorm';
import type { Complaint } from './complaint.entity';
import { RegisterSort, SortDirection } from './complaint-filter.inputs';

/** The current stage's working deadline (extended due date if any), from the projection columns. */
export const DEADLINE = `(CASE WHEN c.current_stage = 1 THEN coalesce(c.stage1_extended_due_on, c.stage1_due_on)
                        ELSE coalesce(c.stage2_extended_due_on, c.stage2_due_on) END)`;

/**
 * Each column's sort key. Received, reference, due, stage and status have indexes that give the
 * whole order (migration RegisterSearch1795474000000); service area is sorted by its name's place
 * among the organisation's service areas (`:areaOrder`, the ids in name order).
 */
const KEYS: Record<RegisterSort, string> = {
  [RegisterSort.received]: 'c.received_at',
  [RegisterSort.reference]: 'c.reference',
  [RegisterSort.service_area]: 'array_position(CAST(:areaOrder AS uuid[]), c.service_area_id)',
  [RegisterSort.stage]: 'c.current_stage',
  [RegisterSort.due]: DEADLINE,
  [RegisterSort.status]: 'c.status',
};

/** The default direction: newest first for received, else ascending. */
export const defaultDirection = (sort: RegisterSort): SortDirection =>
  sort === RegisterSort.received ? SortDirection.desc : SortDirection.asc;

/**
 * Orders the register by one column, then newest received first, then id, so every page of a
 * sorted list is stable whatever repeats in the column. The other direction is the exact reverse
 * (an index read backwards). `areaOrder`: the service area ids in name order, for that sort.
 */
export function applySort(
  q: SelectQueryBuilder<Complaint>,
  sort: RegisterSort = RegisterSort.received,
  direction: SortDirection = defaultDirection(sort),
  areaOrder: string[] = [],
): void {
  const asc = direction === SortDirection.asc;
  if (sort === RegisterSort.received) {
    q.orderBy('c.received_at', asc ? 'ASC' : 'DESC').addOrderBy('c.id', asc ? 'DESC' : 'ASC');
    return;
  }
  q.orderBy(KEYS[sort], asc ? 'ASC' : 'DESC')
    .addOrderBy('c.received_at', asc ? 'DESC' : 'ASC')
    .addOrderBy('c.id', asc ? 'ASC' : 'DESC');
  if (sort === RegisterSort.service_area) q.setParameter('areaOrder', areaOrder);
}
