import { useState } from 'react';
import { isManager } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  SpsoRecommendationsQuery,
  SpsoRecommendationsQueryVariables,
} from '../generated/graphql';
import { formatDate } from '../lib/format';
import { QueryState, Tag } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { CompleteRecommendationForm } from './CompleteRecommendationForm';
import { RecordRecommendationForm } from './RecordRecommendationForm';
import { mayComplete, RECOMMENDATION_STATUS, sortRecommendations } from './recommendation-input';
import { SPSO_RECOMMENDATIONS } from './recommendation-queries';

/**
 * The SPSO's recommendations on a complaint the SPSO decided (docs/procedure.md, SPSO
 * recommendations): a manager records each with a due date and an owner; its owner or a manager
 * records it completed with evidence.
 */
export function SpsoRecommendationsPanel({ complaintId }: { complaintId: string }) {
  const me = useMe();
  const manager = isManager(me.role);
  const { data, loading, error, refetch } = useKeptQuery<
    SpsoRecommendationsQuery,
    SpsoRecommendationsQueryVariables
  >(SPSO_RECOMMENDATIONS, { complaintId }, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = sortRecommendations(data?.spsoRecommendations ?? []);
  const onDone = async (message: string) => {
    await refetch();
    setOpen(null);
    setDone(message);
  };
  const toggle = (key: string) => {
    setDone(null);
    setOpen(open === key ? null : key);
  };
  return (
    <section aria-labelledby="spso-recommendations-heading" className="spso-recommendations">
      <div className="page-head">
        <h2 id="spso-recommendations-heading">SPSO recommendations</h2>
        {manager ? (
          <button
            type="button"
            className="no-print"
            aria-expanded={open === 'record'}
            onClick={() => toggle('record')}
          >
            {open === 'record' ? 'Cancel recording' : 'Record a recommendation'}
          </button>
        ) : null}
      </div>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      {open === 'record' ? (
        <RecordRecommendationForm
          complaintId={complaintId}
          onDone={onDone}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <QueryState
        loading={loading && !data}
        error={error && !data ? error : null}
        retry={() => void refetch()}
        what="Loading the SPSO recommendations"
        empty={items.length === 0}
        emptyText="No SPSO recommendations are recorded on this complaint."
      >
        <ul className="recommendations">
          {items.map((r) => (
            <li key={r.id}>
              <p>{r.recommendation}</p>
              <p className="meta">
                {r.owner.name}, due {formatDate(r.dueOn)}{' '}
                <Tag tone={RECOMMENDATION_STATUS[r.status].tone}>
                  {RECOMMENDATION_STATUS[r.status].label}
                </Tag>
                {r.completedOn ? ` on ${formatDate(r.completedOn)}` : null}
              </p>
              {r.evidence ? <p>Evidence: {r.evidence}</p> : null}
              {mayComplete(r, me, manager) ? (
                <button
                  type="button"
                  className="no-print"
                  aria-expanded={open === r.id}
                  onClick={() => toggle(r.id)}
                >
                  Record it completed
                </button>
              ) : null}
              {open === r.id ? (
                <CompleteRecommendationForm
                  recommendation={r}
                  onDone={onDone}
                  onCancel={() => setOpen(null)}
                  reload={refetch}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </QueryState>
    </section>
  );
}
