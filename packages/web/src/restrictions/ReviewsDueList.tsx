import { decidesRestrictions } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  RestrictionReviewsDueQuery,
  RestrictionReviewsDueQueryVariables,
} from '../generated/graphql';
import { formatCount, formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { DataTable, QueryState, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { RESTRICTION_REVIEWS_DUE as RESTRICTION_REVIEWS_DUE_QUERY } from './queries';
import { KIND_LABELS, REVIEW_STATE_LABELS } from './restriction-input';

/** Contact restrictions due for review, for those who decide them (skipped for everyone else). */
export function useReviewsDue() {
  const me = useMe();
  const manager = decidesRestrictions(me.role);
  const query = useKeptQuery<RestrictionReviewsDueQuery, RestrictionReviewsDueQueryVariables>(
    RESTRICTION_REVIEWS_DUE_QUERY,
    {},
    { skip: !manager, fetchPolicy: 'cache-and-network' },
  );
  return { manager, ...query };
}

/**
 * The managers' reminder (Part 1 §12): contact restrictions whose review is due or overdue, with
 * a count; each links to the complaint where it is reviewed. Nobody else sees it.
 */
export function ReviewsDueList() {
  const { manager, data, loading, error, refetch } = useReviewsDue();
  if (!manager) return null;
  const due = data?.restrictionReviewsDue;
  return (
    <section aria-labelledby="reviews-due-heading" data-testid="restriction-reviews-due">
      <h2 id="reviews-due-heading">
        Restriction reviews due{due ? ` (${formatCount(due.totalCount)})` : ''}
      </h2>
      <QueryState
        loading={loading && !due}
        error={error && !due ? error : null}
        retry={() => void refetch()}
        what="Loading restriction reviews"
      >
        {due ? (
          due.items.length === 0 ? (
            <p className="empty">No contact restriction is due for review.</p>
          ) : (
            <DataTable
              caption="Contact restrictions due for review"
              head={['Complaint', 'Restriction', 'Review by', 'State']}
              rows={due.items.map((r) => [
                r.complaint ? (
                  <Link key={r.id} to={`/complaints/${r.complaint.id}`}>
                    {r.complaint.reference}
                  </Link>
                ) : (
                  '—'
                ),
                KIND_LABELS[r.kind],
                formatDate(r.reviewOn),
                <Tag key={r.id} tone={r.reviewState === 'overdue' ? 'bad' : 'warn'}>
                  {REVIEW_STATE_LABELS[r.reviewState]}
                </Tag>,
              ])}
            />
          )
        ) : null}
      </QueryState>
    </section>
  );
}
