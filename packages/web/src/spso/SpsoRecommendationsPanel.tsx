import { useState } from 'react';
import { isManager } from '@chp/domain';
import { useMe } from '../auth/me-context';
import type {
  SpsoRecommendationsQuery,
  SpsoRecommendationsQueryVariables,
} from '../generated/graphql';
import { QueryState } from '../lib/ui';
import { useKeptQuery } from '../lib/use-kept-query';
import { RecordRecommendationForm } from './RecordRecommendationForm';
import { RecommendationItems } from './RecommendationItems';
import { sortRecommendations } from './recommendation-input';
import { SPSO_RECOMMENDATIONS } from './recommendation-queries';

/**
 * The SPSO's recommendations on a complaint the SPSO decided (docs/procedure.md, SPSO
 * recommendations): a manager records each with a due date and an owner; its owner or a manager
 * records it completed with evidence.
 */
export function SpsoRecommendationsPanel({ complaintId }: { complaintId: string }) {
  const manager = isManager(useMe().role);
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
        <RecommendationItems
          items={items}
          open={open}
          toggle={toggle}
          onDone={onDone}
          onCancel={() => setOpen(null)}
          reload={refetch}
        />
      </QueryState>
    </section>
  );
}
