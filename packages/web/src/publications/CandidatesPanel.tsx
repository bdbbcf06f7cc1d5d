import { useQuery } from '@apollo/client/react';
import type {
  PublicationCandidatesQuery,
  PublicationCandidatesQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { Link } from '../lib/router';
import { Empty, LoadError, Loading } from '../lib/ui';
import { unreportedFirst } from './item-from-candidate';
import { periodKeyLabel } from '@chp/domain';
import { CANDIDATES } from './queries';
import type { Candidate } from './types';

/** Improvement actions completed in the quarter, with their public summaries: the suggestions for items. */
export function CandidatesPanel({
  quarter,
  reportedIds,
  onUse,
}: {
  quarter: string;
  reportedIds: ReadonlySet<string>;
  onUse: (action: Candidate) => void;
}) {
  const { data, loading, error, refetch } = useQuery<
    PublicationCandidatesQuery,
    PublicationCandidatesQueryVariables
  >(CANDIDATES, {
    variables: { quarter },
    fetchPolicy: 'cache-and-network',
  });
  const candidates = unreportedFirst(data?.publicationCandidates.items ?? [], reportedIds);
  return (
    <section aria-labelledby="candidates-heading" className="no-print">
      <h2 id="candidates-heading">Suggested from completed actions</h2>
      <p className="hint">
        Improvement actions done or verified in {periodKeyLabel(quarter)}. Start an item from one,
        then put it in plain public words.
      </p>
      {error && !data ? (
        <LoadError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading what="Loading suggestions" />
      ) : candidates.length === 0 ? (
        <Empty>No improvement action was completed in this quarter.</Empty>
      ) : (
        <ul className="candidates">
          {candidates.map((a) => (
            <li key={a.id}>
              <p>
                <Link to={`/actions/${a.id}`}>{a.title}</Link>
                <br />
                <span className="hint">
                  {a.serviceArea.name}
                  {a.rootCauses.length ? ` · ${a.rootCauses.map((r) => r.name).join(', ')}` : ''}
                  {a.completedOn ? ` · completed ${formatDate(a.completedOn)}` : ''}
                </span>
              </p>
              <p className="pre">
                {a.publicSummary ?? (
                  <em>No public summary yet: write one on the action, or in the item.</em>
                )}
              </p>
              {a.reported ? (
                <p className="hint">Already reported by an item.</p>
              ) : (
                <button
                  type="button"
                  onClick={() => onUse(a)}
                  aria-label={`Add as item: ${a.title}`}
                >
                  Add as item
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
