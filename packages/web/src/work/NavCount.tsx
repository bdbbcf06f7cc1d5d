import type { MyWorkQuery, MyWorkQueryVariables } from '../generated/graphql';
import { useLocation } from '../lib/router';
import { useKeptQuery } from '../lib/use-kept-query';
import { MY_WORK } from './queries';

/**
 * The number of items waiting, next to the start page's link in the navigation (docs/procedure.md,
 * Work queues). Screen readers hear "3 waiting for you"; nothing when the queue is empty.
 */
export function NavCount() {
  const { pathname } = useLocation();
  // The overview asks for the queue with its figures (one request): here it is read from there.
  const { data } = useKeptQuery<MyWorkQuery, MyWorkQueryVariables>(
    MY_WORK,
    {},
    { fetchPolicy: pathname === '/' ? 'cache-only' : 'cache-and-network' },
  );
  const total = data?.myWork.total ?? 0;
  if (total === 0) return null;
  return (
    <span className="nav-count" data-testid="nav-work-count">
      <span aria-hidden="true">{total}</span>
      <span className="visually-hidden">{total} waiting for you</span>
    </span>
  );
}
