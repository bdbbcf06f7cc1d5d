import type { SelectQueryBuilder } from 'typeorm';
import type { Complaint } from './complaint.entity';
import { RegisterSort, SortDirection } from './complaint-filter.inputs';

/** The current stage's working deadline (extended due date if any), from the projection columns. */
export const DEADLINE = `(CASE WHEN c.current_stage = 1 THEN coalesce(c.stage1_extended_due_on, c.stage1_due_on)
                        ELSE coalesce(c.stage2_extended_due_on, c.stage2_due_on) END)`;

/** Each column's sort key; received, reference and due have indexes that give the order. */
const KEYS: Record<RegisterSort, string> = {
  [RegisterSort.received]: 'c.received_at',
  [RegisterSort.reference]: 'c.reference',
  [RegisterSort.service_area]: `(SELECT sa.name FROM service_area sa
                                  WHERE sa.organisation_id = c.organisation_id AND sa.id = c.service_area_id)`,
  [RegisterSort.stage]: 'c.current_stage',
  [RegisterSort.due]: DEADLINE,
  [RegisterSort.status]: 'c.status',
};

/**
 * Orders the register by one column, then newest received first, then id: every page of a
 * sorted list is stable, whatever repeats in the column.
 */
export function applySort(
  q: SelectQueryBuilder<Complaint>,
  sort: RegisterSort = RegisterSort.received,
  direction?: SortDirection,
): void {
  const dir =
    (direction ?? (sort === RegisterSort.received ? SortDirection.desc : SortDirection.asc)) ===
    SortDirection.desc
      ? 'DESC'
      : 'ASC';
  q.orderBy(KEYS[sort], dir);
  if (sort !== RegisterSort.received) q.addOrderBy('c.received_at', 'DESC');
  q.addOrderBy('c.id', 'ASC');
}
