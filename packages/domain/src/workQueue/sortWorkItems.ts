import { WORK_ITEM_KINDS, type WorkItem } from './types';

/**
 * Most urgent first (docs/procedure.md, Work queues): by due date, the earliest (the most overdue)
 * first; items without a due date last; on the same date in the order of {@link WORK_ITEM_KINDS},
 * then by key. Returns a new array.
 *
 * @example
 * sortWorkItems([{ kind: 'my_action', dueOn: '2026-03-06', key: 'b' }, { kind: 'respond', dueOn: '2026-03-06', key: 'a' }])
 * // respond first: same day, a complaint's response comes before one's own action
 */
export function sortWorkItems<T extends WorkItem>(items: readonly T[]): T[] {
  const rank = (k: WorkItem['kind']) => WORK_ITEM_KINDS.indexOf(k);
  return [...items].sort((a, b) => {
    if (a.dueOn !== b.dueOn) {
      if (a.dueOn === null) return 1;
      if (b.dueOn === null) return -1;
      return a.dueOn < b.dueOn ? -1 : 1;
    }
    return rank(a.kind) - rank(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
}
