import type {
  SpsoRecommendationsQuery,
  SpsoRecommendationsQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { usePageTitle } from '../lib/page-title';
import { Link, useQueryState } from '../lib/router';
import { Empty, LoadError, Loading, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { RECOMMENDATION_STATUS, sortRecommendations } from './recommendation-input';
import { SPSO_RECOMMENDATIONS } from './recommendation-queries';

/**
 * Every SPSO recommendation of the organisation for managers, open ones first by due date, with
 * the overdue ones to hand (docs/procedure.md, SPSO recommendations). Each is recorded and
 * completed on its complaint's page.
 */
export default function SpsoRecommendationsPage() {
  usePageTitle('SPSO recommendations');
  const [query, setQuery] = useQueryState();
  const overdue = query.get('overdue') === 'true';
  const { data, loading, refreshing, error, refetch } = useKeptQuery<
    SpsoRecommendationsQuery,
    SpsoRecommendationsQueryVariables
  >(SPSO_RECOMMENDATIONS, { overdue: overdue || undefined }, { fetchPolicy: 'cache-and-network' });
  const items = sortRecommendations(data?.spsoRecommendations ?? []);
  return (
    <>
      <h1>SPSO recommendations</h1>
      <p className="lead">
        What the SPSO recommended on our complaints, open ones first by due date. Record a
        recommendation, and its completion, on the complaint&rsquo;s page.
      </p>
      <section className="filters no-print" aria-label="Filters">
        <div className="filter-row">
          <label className="inline checkbox">
            <input
              type="checkbox"
              checked={overdue}
              onChange={(e) => setQuery({ overdue: e.target.checked ? 'true' : null })}
            />{' '}
            Overdue only
          </label>
        </div>
      </section>
      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading what="Loading the SPSO recommendations" />
      ) : items.length === 0 ? (
        <Empty>
          {overdue ? 'No SPSO recommendation is overdue.' : 'No SPSO recommendations yet.'}
        </Empty>
      ) : (
        <div aria-busy={refreshing} className={refreshing ? 'refreshing' : undefined}>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="SPSO recommendations">
            {/* status and due date next to the text, so a narrow screen shows them unscrolled */}
            <table className="actions-table">
              <caption>
                {items.length.toLocaleString('en-GB')} recommendation{items.length === 1 ? '' : 's'}
                {overdue ? ' overdue' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Recommendation</th>
                  <th scope="col">Status</th>
                  <th scope="col">Due on</th>
                  <th scope="col">Complaint</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Completed on</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.recommendation}</th>
                    <td>
                      <Tag tone={RECOMMENDATION_STATUS[r.status].tone}>
                        {RECOMMENDATION_STATUS[r.status].label}
                      </Tag>
                    </td>
                    <td>{formatDate(r.dueOn)}</td>
                    <td>
                      <Link to={`/complaints/${r.complaint.id}`}>{r.complaint.reference}</Link>
                    </td>
                    <td>{r.owner.name}</td>
                    <td>{r.completedOn ? formatDate(r.completedOn) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </>
  );
}
