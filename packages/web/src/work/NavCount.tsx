import type { MyWorkQuery, MyWorkQueryVariables } from '../generated/graphql';
import { useKeptQuery } from '../lib/use-kept-query';
import { MY_WORK } from './queries';

/**
 * The number of items waiting, next to the start page's link in the navigation (docs/procedure.md,
 * Work queues). Screen readers hear "3 waiting for you"; nothing when the queue is empty.
 */
export function NavCount() {
  const { data } = useKeptQuery<MyWorkQuery, MyWorkQueryVariables>(MY_WORK, {}, {});
  const total = data?.myWork.total ?? 0;
  if (total === 0) return null;
  return (
    <span className="nav-count" data-testid="nav-work-count">
      <span aria-hidden="true">{total}</span>
      <span className="visually-hidden">{total} waiting for you</span>
    </span>
  );
}
